// Only the spec's values exist.
use grokvid::providers::geeknow::Model;

fn main() {
    let _ = Model::GrokVideo9;
}
