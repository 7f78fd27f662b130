//! One create + one query against a simulator on loopback, through the generated client and through a
//! hand-written reqwest loop that sends the same requests and reads the same replies.

use grokvid::providers::{geeknow, unified};
use grokvid::{ApiKey, ClientConfig, HttpClient};
use grokvid_sim::{SimConfig, Simulator};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The providers round-tripped: one JSON create with a query-string poll, one multipart create with a
/// path poll.
pub const PROVIDERS: &[&str] = &["unified", "geeknow"];

/// A simulator for `provider` (instant task clock: queued, processing, then completed).
pub fn simulator(provider: &str) -> Simulator {
    let provider = grokvid::providers::ALL
        .iter()
        .copied()
        .find(|p| p.id() == provider)
        .expect("built-in provider");
    Simulator::start(provider, SimConfig::default()).expect("simulator starts")
}

/// Where both sides send: a simulator in this process, or one in a process of its own (`sim_server`),
/// so that callgrind counts the client's own instructions alone.
pub struct Target {
    /// The simulator's base URL.
    pub base_url: String,
    /// Its API key.
    pub api_key: String,
}

impl Target {
    /// The simulator `sim`, in this process.
    pub fn of(sim: &Simulator) -> Target {
        Target {
            base_url: sim.base_url(),
            api_key: sim.api_key().to_string(),
        }
    }
}

/// The settings both sides use (the library's defaults, pointed at the simulator).
pub fn config(target: &Target) -> ClientConfig {
    ClientConfig::default().with_base_url(target.base_url.clone())
}

/// The generated side: a typed client per provider.
pub enum Generated {
    Unified(unified::Client),
    Geeknow(geeknow::Client),
}

impl Generated {
    pub fn new(provider: &str, target: &Target) -> Generated {
        let key = ApiKey::new(target.api_key.clone());
        let config = config(target);
        match provider {
            "unified" => {
                Generated::Unified(unified::Client::with_config(key, config).expect("client"))
            }
            "geeknow" => {
                Generated::Geeknow(geeknow::Client::with_config(key, config).expect("client"))
            }
            other => panic!("no round trip for {other}"),
        }
    }

    pub fn runtime(&self) -> &HttpClient {
        match self {
            Generated::Unified(c) => c.runtime(),
            Generated::Geeknow(c) => c.runtime(),
        }
    }

    /// Creates a task; returns its id.
    pub async fn create(&self) -> String {
        let task = match self {
            Generated::Unified(c) => {
                let request = unified::CreateRequest::new(unified::Model::GrokVideo3, PROMPT)
                    .aspect_ratio(unified::AspectRatio::R16x9)
                    .size(unified::Size::P720);
                c.create(&request).await.expect("create").task
            }
            Generated::Geeknow(c) => {
                let request = geeknow::CreateRequest::new(geeknow::Model::GrokVideo3, PROMPT)
                    .aspect_ratio("16:9")
                    .seconds(6)
                    .size("720P");
                c.create(&request).await.expect("create").task
            }
        };
        task.id.expect("task id")
    }

    /// Polls a task once; returns its status word as normalized.
    pub async fn query(&self, id: &str) -> grokvid::TaskStatus {
        match self {
            Generated::Unified(c) => {
                c.query(&unified::QueryRequest::new(id))
                    .await
                    .expect("query")
                    .task
                    .status
            }
            Generated::Geeknow(c) => {
                c.query(&geeknow::QueryRequest::new(id))
                    .await
                    .expect("query")
                    .task
                    .status
            }
        }
    }

    pub async fn round_trip(&self) -> grokvid::TaskStatus {
        let id = self.create().await;
        self.query(&id).await
    }
}

pub const PROMPT: &str = "A cat listening to music in the rain, cinematic lighting, slow dolly-in";

/// The hand-written side: reqwest, serde structs, the vendor's paths written out.
pub struct HandWritten {
    http: reqwest::Client,
    base: String,
    auth: String,
    provider: &'static str,
}

#[derive(Serialize)]
struct UnifiedCreate<'a> {
    model: &'a str,
    prompt: &'a str,
    aspect_ratio: &'a str,
    size: &'a str,
}

/// The fields a hand-written client reads from a task reply.
#[derive(Deserialize)]
struct TaskReply {
    id: Option<String>,
    status: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    video_url: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    progress: Option<serde_json::Value>,
}

impl HandWritten {
    pub fn new(provider: &str, target: &Target) -> HandWritten {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let defaults = ClientConfig::default();
        let http = reqwest::Client::builder()
            .timeout(defaults.timeout)
            .connect_timeout(defaults.connect_timeout)
            .user_agent(defaults.user_agent)
            .build()
            .expect("client");
        HandWritten {
            http,
            base: target.base_url.clone(),
            auth: format!("Bearer {}", target.api_key),
            provider: match provider {
                "unified" => "unified",
                "geeknow" => "geeknow",
                other => panic!("no round trip for {other}"),
            },
        }
    }

    async fn read(response: reqwest::Response) -> TaskReply {
        assert!(response.status().is_success(), "{}", response.status());
        let bytes = response.bytes().await.expect("body");
        serde_json::from_slice(&bytes).expect("task reply")
    }

    pub async fn create(&self) -> String {
        let request = match self.provider {
            "unified" => self
                .http
                .post(format!("{}/v1/video/create", self.base))
                .header("Authorization", &self.auth)
                .header("Accept", "application/json")
                .json(&UnifiedCreate {
                    model: "grok-video-3",
                    prompt: PROMPT,
                    aspect_ratio: "16:9",
                    size: "720P",
                }),
            _ => {
                let form = reqwest::multipart::Form::new()
                    .text("model", "grok-video-3")
                    .text("prompt", PROMPT)
                    .text("aspect_ratio", "16:9")
                    .text("seconds", "6")
                    .text("size", "720P");
                self.http
                    .post(format!("{}/v1/videos", self.base))
                    .header("Authorization", &self.auth)
                    .multipart(form)
            }
        };
        let reply = Self::read(request.send().await.expect("create")).await;
        reply.id.expect("task id")
    }

    pub async fn query(&self, id: &str) -> String {
        let request = match self.provider {
            "unified" => self
                .http
                .get(format!("{}/v1/video/query", self.base))
                .query(&[("id", id)])
                .header("Authorization", &self.auth)
                .header("Accept", "application/json"),
            _ => self
                .http
                .get(format!("{}/v1/videos/{id}", self.base))
                .header("Authorization", &self.auth),
        };
        let reply = Self::read(request.send().await.expect("query")).await;
        reply.status.unwrap_or_default()
    }

    pub async fn round_trip(&self) -> String {
        let id = self.create().await;
        self.query(&id).await
    }
}

/// A multi-thread runtime like an application's (2 workers on this machine).
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// Waits for a task to complete by polling (the instant clock needs two polls).
pub async fn until_completed(client: &HttpClient, id: &str) -> grokvid::Task {
    for _ in 0..100 {
        let task = client.query_task(id).await.expect("query");
        if task.status == grokvid::TaskStatus::Completed {
            return task;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("task {id} did not complete");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both sides complete a round trip against the same simulator and agree on the status.
    #[test]
    fn both_sides_round_trip() {
        let rt = runtime();
        for provider in PROVIDERS {
            let sim = simulator(provider);
            let generated = Generated::new(provider, &Target::of(&sim));
            let hand = HandWritten::new(provider, &Target::of(&sim));
            rt.block_on(async {
                assert_eq!(
                    generated.round_trip().await,
                    grokvid::TaskStatus::Processing
                );
                assert_eq!(hand.round_trip().await, "processing");
            });
            assert_eq!(sim.requests("create"), 2, "{provider}");
            assert_eq!(sim.requests("query"), 2, "{provider}");
            // How many connections that took depends on scheduling (see the `connections` binary).
            assert!(sim.connections() >= 2, "{provider}");
        }
    }
}
