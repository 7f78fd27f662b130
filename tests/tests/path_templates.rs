//! Path templates with two placeholders in one segment (`/{model}-{version}`), from this crate's
//! `specs/pairs.yaml`: the generator checks them, the client renders them and the simulator routes them,
//! all with the spec language's one template parser, so such a provider runs create → wait → download.

grokvid::provider!("specs/pairs.yaml");

use grokvid::{ApiKey, ClientConfig, TaskStatus, WaitOptions};
use pairs::{CreateRequest, Model, Prompt, Version};

fn request() -> CreateRequest {
    CreateRequest::new(
        Model::Swift,
        Version::new(3).unwrap(),
        Prompt::new("a kite over the sea").unwrap(),
    )
}

#[test]
fn both_placeholders_are_rendered_into_one_segment() {
    assert_eq!(
        grokvid::Encoded::of(&request()).unwrap().path,
        "/v1/models/swift-3/jobs"
    );
    assert_eq!(
        pairs::PROVIDER.operations()[1].path().to_string(),
        "/v1/{region}-{job}.json"
    );
}

#[tokio::test]
async fn a_two_placeholder_provider_runs_create_wait_download_on_the_simulator() {
    let sim =
        grokvid_sim::Simulator::start(&pairs::PROVIDER, grokvid_sim::SimConfig::default()).unwrap();
    let client = pairs::Client::with_config(
        ApiKey::new(sim.api_key()),
        ClientConfig::default().with_base_url(sim.base_url()),
    )
    .unwrap();
    let reply = client.create(&request()).await.unwrap();
    assert_eq!(reply.task.status, TaskStatus::Queued);
    let job = reply.body.job.clone().expect("the reply names the job");

    let status = client
        .status(&pairs::StatusRequest::new(job.clone()))
        .await
        .unwrap();
    assert_eq!(status.task.id.as_deref(), Some(job.as_str()));

    let rt = client.runtime();
    let handle = rt.track(&reply.task, None).unwrap();
    let done = rt
        .wait(
            &handle,
            &WaitOptions::quick(std::time::Duration::from_secs(10)),
            |_| {},
        )
        .await
        .unwrap();
    assert_eq!(done.status, TaskStatus::Completed);
    let target = std::env::temp_dir().join(format!("pairs-{}.mp4", std::process::id()));
    rt.download(&done, &target, |_, _| {}).await.unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), sim.video_bytes().to_vec());
    let _ = std::fs::remove_file(&target);
}
