// `seconds` is an integer.
use grokvid::providers::geeknow::{CreateRequest, Model};

fn main() {
    let _ = CreateRequest::new(Model::GrokVideo3, "a cat").seconds("6");
}
