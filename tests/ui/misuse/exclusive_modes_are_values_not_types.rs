// xAI's image object is its own type: a reference image is not an image.
use grokvid::providers::xai::{GenerationsRequest, ReferenceImage};

fn main() {
    let _ = GenerationsRequest::new("a cat").image(ReferenceImage::new());
}
