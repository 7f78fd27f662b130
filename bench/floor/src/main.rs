//! GET a URL and print its JSON reply, with a spinner: the least a video CLI on these crates does.

use clap::Parser;

#[derive(Parser)]
struct Args {
    url: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let bar = indicatif::ProgressBar::new_spinner();
    let reply: serde_json::Value = reqwest::Client::new().get(&args.url).send().await?.json().await?;
    bar.finish_and_clear();
    println!("{reply}");
    Ok(())
}
