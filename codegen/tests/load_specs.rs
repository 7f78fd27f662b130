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

/// The smallest useful spec a newcomer writes: a create and a query. A path param needs no
/// `required: true` (a path cannot be built without it); `required: false` on one is still refused.
#[test]
fn a_minimal_spec_loads_and_path_params_are_required_without_saying_so() {
    let spec = r#"
provider: {id: tiny, name: Tiny Video, base_url: "https://api.tiny.example"}
auth: {in: header, name: Authorization, prefix: "Bearer ", env: TINY_API_KEY}
operations:
  create:
    role: create
    method: POST
    path: /v1/videos
    params:
      prompt: {type: string, required: true}
    unified: {prompt: prompt}
    response:
      task:
        id: id
        status: [{then: queued}]
  query:
    role: query
    method: GET
    path: /v1/videos/{id}
    params:
      id: {type: string, in: path, task_id: true}
    response:
      task:
        id: id
        status: [{word: status, map: {done: completed, error: failed}}]
        video_url: video.url
"#;
    let loaded = grokvid_codegen::load("tiny.yaml", spec);
    assert!(loaded.is_ok(), "{:?}", loaded.err());
    let optional = spec.replace("task_id: true}", "task_id: true, required: false}");
    let messages: Vec<String> = grokvid_codegen::load("tiny.yaml", &optional)
        .unwrap_err()
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("path param `id` of operation `query` must be `required: true`")),
        "{messages:?}"
    );
}
