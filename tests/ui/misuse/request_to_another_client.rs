// A geeknow request cannot be sent through the xAI client.
use grokvid::providers::{geeknow, xai};

async fn send(client: xai::Client) {
    let request = geeknow::CreateRequest::new(geeknow::Model::GrokVideo3, "a cat");
    let _ = client.generations(&request).await;
}

fn main() {
    let _ = send;
}
