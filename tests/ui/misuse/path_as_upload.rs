// Files are `Upload`s, not paths.
use grokvid::providers::geeknow::{CreateRequest, Model};

fn main() {
    let _ = CreateRequest::new(Model::GrokVideo3, "a cat").input_reference(vec!["cat.png"]);
}
