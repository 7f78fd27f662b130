//! Download: one task's video from a simulator in another process (`sim_server`) to a file, timed, with
//! this process's peak RSS. Run it under `/usr/bin/time -v` for an outside view of the same peak.
//!
//! `download MODE BASE_URL API_KEY DIR` with MODE one of
//! - `generated`: `HttpClient::download` (temporary file, fsync, rename),
//! - `raw`: a raw reqwest `bytes_stream` written to a tokio file (the baseline),
//! - `raw_fsync`: the same plus `sync_all` at the end (the baseline with the library's durability).
//!
//! Prints one JSON line: mode, bytes, seconds, MiB/s, peak RSS before and after the download (KiB).

use futures_util::StreamExt;
use grokvid::providers::unified;
use grokvid::{ApiKey, ClientConfig};
use std::time::Instant;
use tokio::io::AsyncWriteExt;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [mode, base_url, key, dir] = args.as_slice() else {
        eprintln!("usage: download generated|raw|raw_fsync BASE_URL API_KEY DIR");
        std::process::exit(2);
    };
    let rt = grokvid_bench::roundtrip::runtime();
    rt.block_on(run(mode, base_url, key, dir.as_ref()));
}

async fn run(mode: &str, base_url: &str, key: &str, dir: &std::path::Path) {
    let client = unified::Client::with_config(
        ApiKey::new(key),
        ClientConfig::default().with_base_url(base_url),
    )
    .expect("client");
    let request = unified::CreateRequest::new(unified::Model::GrokVideo3, "A cat surfing a wave");
    let created = client.create(&request).await.expect("create").task;
    let id = created.id.expect("task id");
    let task = grokvid_bench::roundtrip::until_completed(client.runtime(), &id).await;
    let url = task.video_url.clone().expect("video URL");
    let target = dir.join(format!("download-{mode}.mp4"));
    let before = grokvid_bench::peak_rss_kib().unwrap_or(0);
    let started = Instant::now();
    let bytes = match mode {
        "generated" => {
            client
                .runtime()
                .download(&task, &target, |_, _| {})
                .await
                .expect("download")
                .bytes
        }
        "raw" | "raw_fsync" => {
            let http = reqwest::Client::new();
            let response = http.get(&url).send().await.expect("GET");
            assert!(response.status().is_success());
            let mut file = tokio::fs::File::create(&target).await.expect("file");
            let mut stream = response.bytes_stream();
            let mut written = 0u64;
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.expect("chunk");
                file.write_all(&chunk).await.expect("write");
                written += chunk.len() as u64;
            }
            file.flush().await.expect("flush");
            if mode == "raw_fsync" {
                file.sync_all().await.expect("fsync");
            }
            written
        }
        other => panic!("unknown mode {other}"),
    };
    let seconds = started.elapsed().as_secs_f64();
    let after = grokvid_bench::peak_rss_kib().unwrap_or(0);
    let on_disk = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    assert_eq!(on_disk, bytes, "the file holds every byte");
    std::fs::remove_file(&target).expect("removable");
    println!(
        "{}",
        serde_json::json!({
            "mode": mode,
            "bytes": bytes,
            "seconds": seconds,
            "mib_per_s": bytes as f64 / (1024.0 * 1024.0) / seconds,
            "peak_rss_before_kib": before,
            "peak_rss_kib": after,
        })
    );
}
