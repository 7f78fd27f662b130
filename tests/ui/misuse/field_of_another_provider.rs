// `resolution` is an aizfw field; geeknow's request has none.
use grokvid::providers::geeknow::{CreateRequest, Model};

fn main() {
    let _ = CreateRequest::new(Model::GrokVideo3, "a cat").resolution("720p");
}
