// aizfw's models are not geeknow's.
use grokvid::providers::{aizfw, geeknow};

fn main() {
    let _ = geeknow::CreateRequest::new(aizfw::Model::GrokVideo3, "a cat");
}
