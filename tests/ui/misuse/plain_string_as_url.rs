// URLs are checked: a plain string is not a `Url`.
use grokvid::providers::acedata::CreateRequest;

fn main() {
    let _ = CreateRequest::new().image_url("https://example.com/cat.png");
}
