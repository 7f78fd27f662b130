// A status word a vendor returned (open enum) is not a model a user may send.
use grokvid::providers::geeknow::{CreateRequest, CreateResponse};

fn main() {
    let reply = CreateResponse::default();
    let _ = CreateRequest::new(reply.status.unwrap(), "a cat");
}
