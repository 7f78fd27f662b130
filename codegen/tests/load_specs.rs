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
