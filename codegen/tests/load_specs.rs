//! Every shipped spec loads without a single diagnostic.

#[test]
fn shipped_specs_load_cleanly() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let source = std::fs::read_to_string(&path).unwrap();
            let name = format!("specs/{}", path.file_name().unwrap().to_string_lossy());
            if let Err(diags) = grokvid_codegen::load(&name, &source) {
                failures.extend(diags.iter().map(|d| d.to_string()));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Generating the same spec twice gives the same text: builds are reproducible and `build.rs` never
/// rewrites an unchanged file.
#[test]
fn generation_is_deterministic_and_documented() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    let options = grokvid_codegen::Options::default();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        let first = grokvid_codegen::generate(&name, &source, &options).unwrap();
        let second = grokvid_codegen::generate(&name, &source, &options).unwrap();
        assert_eq!(first.source, second.source, "{name}");
        // Formatted by prettyplease, documented from the spec.
        assert!(syn::parse_file(&first.source).is_ok(), "{name}");
        assert!(first.source.contains("/// "), "{name}: no doc comments");
        assert!(first.source.contains("client!"), "{name}");
    }
}
