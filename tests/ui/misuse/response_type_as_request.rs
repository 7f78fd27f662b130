// A reply type is not a request.
use grokvid::providers::geeknow::{Client, CreateResponse};

async fn send(client: Client) {
    let _ = client.create(&CreateResponse::default()).await;
}

fn main() {
    let _ = send;
}
