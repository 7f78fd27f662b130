//! A simulator in its own process (so a client's peak RSS is its own): serves one provider with a
//! synthetic video of the given size, writes `BASE_URL API_KEY` to the ready file, and runs until
//! killed.
//!
//! `sim_server PROVIDER VIDEO_BYTES READY_FILE`

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [provider, size, ready] = args.as_slice() else {
        eprintln!("usage: sim_server PROVIDER VIDEO_BYTES READY_FILE");
        std::process::exit(2);
    };
    let provider = grokvid::providers::ALL
        .iter()
        .copied()
        .find(|p| p.id() == provider)
        .expect("built-in provider");
    let config = grokvid_sim::SimConfig {
        video_size: Some(size.parse().expect("VIDEO_BYTES is a number")),
        ..grokvid_sim::SimConfig::default()
    };
    let sim = grokvid_sim::Simulator::start(provider, config).expect("simulator starts");
    let line = format!("{} {}\n", sim.base_url(), sim.api_key());
    let temp = format!("{ready}.tmp");
    std::fs::write(&temp, line).expect("writable ready file");
    std::fs::rename(&temp, ready).expect("ready file in place");
    loop {
        std::thread::park();
    }
}
