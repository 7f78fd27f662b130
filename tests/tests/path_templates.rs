//! Path templates with two placeholders in one segment (`/{model}-{version}`), from this crate's
//! `specs/pairs.yaml`: the generator checks them, the client renders them and the simulator routes them,
//! all with the spec language's one template parser, so such a provider runs create → wait → download.

mod common;

grokvid::provider!("specs/pairs.yaml");

use grokvid::{ApiKey, TaskStatus};
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
    let (sim, config) = common::simulated(&pairs::PROVIDER);
    let client = pairs::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap();
    let reply = client.create(&request()).await.unwrap();
    assert_eq!(reply.task.status, TaskStatus::Queued);
    let job = reply.body.job.clone().expect("the reply names the job");

    let status = client
        .status(&pairs::StatusRequest::new(job.clone()))
        .await
        .unwrap();
    assert_eq!(status.task.id.as_deref(), Some(job.as_str()));

    common::run_to_end(&sim, client.runtime(), &reply.task, true).await;
}
