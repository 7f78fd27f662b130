// Struct literal syntax needs every field too; there is no Default to fill required ones.
use grokvid::providers::geeknow::{CreateRequest, Model};

fn main() {
    let _ = CreateRequest {
        model: Model::GrokVideo3,
        aspect_ratio: None,
        seconds: None,
        size: None,
        input_reference: None,
    };
}
