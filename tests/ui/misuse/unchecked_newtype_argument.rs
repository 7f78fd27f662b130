// A plain integer is not a checked duration.
use grokvid::providers::acedata::CreateRequest;

fn main() {
    let _ = CreateRequest::new().duration(8);
}
