// jimmyai's duration is the enum 10 | 15, not any integer.
use grokvid::providers::jimmyai::{CreateRequest, Model};

fn main() {
    let _ = CreateRequest::new(Model::GrokImagineVideo1_5, "a cat").duration(12);
}
