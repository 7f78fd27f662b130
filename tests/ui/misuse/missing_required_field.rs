// A required field cannot be left out: `prompt` is a constructor argument.
use grokvid::providers::geeknow::{CreateRequest, Model};

fn main() {
    let _ = CreateRequest::new(Model::GrokVideo3);
}
