//! Every fault kind, on every provider, is observable through the client: error statuses with
//! Retry-After, latency, a dropped connection, malformed JSON, an unknown status word, a failed task, an
//! expired result and redirects; counters see every request.

mod common;

use common::*;
use grokvid::spec::{Role, StatusStep};
use grokvid::{DynReply, Error, TaskStatus, providers};
use grokvid_sim::Fault;
use std::time::{Duration, Instant};

fn query_op(provider: &grokvid::spec::Provider) -> &'static grokvid::spec::Operation {
    provider
        .operation_with_role(Role::Query)
        .expect("a query operation")
}

#[tokio::test]
async fn error_statuses_carry_retry_after_and_are_retryable() {
    for provider in providers::ALL {
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        let id = create_task(&client, provider).await;
        let query = query_op(provider);
        sim.inject(
            query.name(),
            Fault::Status {
                code: 429,
                retry_after: Some(7),
            },
            2,
        );
        for _ in 0..2 {
            match client.query_task(&id).await {
                Err(Error::Vendor(e)) => {
                    assert_eq!(e.http_status, 429, "{}", provider.id());
                    assert_eq!(
                        e.retry_after,
                        Some(Duration::from_secs(7)),
                        "{}",
                        provider.id()
                    );
                }
                other => panic!("{}: expected a 429, got {other:?}", provider.id()),
            }
        }
        // The fault is spent: the next poll works (and is the task's first real poll).
        let task = client.query_task(&id).await.expect("the third poll works");
        assert_eq!(task.status, TaskStatus::Processing);
        assert_eq!(sim.requests(query.name()), 3);

        let create = create_input(provider);
        for code in [500, 502, 503] {
            sim.inject(
                create.op.name(),
                Fault::Status {
                    code,
                    retry_after: None,
                },
                1,
            );
            let err = client
                .provider()
                .call(&client, create.op.name(), create.input.clone())
                .await
                .expect_err("an injected server error");
            assert!(err.is_retryable(), "{}: {err}", provider.id());
            // A 5xx on a create is reported as maybe charged, around the vendor's error.
            match err.underlying() {
                Error::Vendor(e) => {
                    assert_eq!(e.http_status, code);
                    assert_eq!(e.retry_after, None);
                }
                other => panic!("{}: {other:?}", provider.id()),
            }
        }
    }
}

#[tokio::test]
async fn latency_delays_but_answers() {
    for provider in providers::ALL {
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        let id = create_task(&client, provider).await;
        sim.inject(
            query_op(provider).name(),
            Fault::Latency(Duration::from_millis(300)),
            1,
        );
        let started = Instant::now();
        let task = client.query_task(&id).await.expect("a slow but good reply");
        assert!(
            started.elapsed() >= Duration::from_millis(300),
            "{}",
            provider.id()
        );
        assert_eq!(task.status, TaskStatus::Processing);
        let started = Instant::now();
        client.query_task(&id).await.expect("a fast reply");
        assert!(
            started.elapsed() < Duration::from_millis(300),
            "{}",
            provider.id()
        );
    }
}

#[tokio::test]
async fn dropped_connections_and_malformed_json_are_transport_errors() {
    for provider in providers::ALL {
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        let id = create_task(&client, provider).await;
        let query = query_op(provider);

        sim.inject(query.name(), Fault::DropMidBody, 1);
        match client.query_task(&id).await {
            Err(e @ Error::MaybeSent { .. }) => assert!(e.to_string().contains("broke off"), "{e}"),
            other => panic!("{}: expected a broken reply, got {other:?}", provider.id()),
        }

        sim.inject(query.name(), Fault::MalformedJson, 1);
        match client.query_task(&id).await {
            Err(Error::UnexpectedResponse {
                http_status,
                reason,
                ..
            }) => {
                assert_eq!(http_status, 200);
                assert!(reason.contains("not JSON"), "{reason}");
            }
            other => panic!("{}: expected malformed JSON, got {other:?}", provider.id()),
        }

        // The video can be cut off too.
        poll_until_done(&client, &id).await;
        sim.inject("video", Fault::DropMidBody, 1);
        let response = http()
            .get(sim.video_url(&id))
            .send()
            .await
            .expect("headers arrive");
        assert_eq!(
            response.content_length(),
            Some(sim.video_bytes().len() as u64)
        );
        assert!(
            response.bytes().await.is_err(),
            "{}: the body should break off",
            provider.id()
        );
        let whole = http().get(sim.video_url(&id)).send().await.expect("video");
        assert_eq!(whole.bytes().await.expect("bytes"), sim.video_bytes());
    }
}

#[tokio::test]
async fn unknown_status_words_are_kept() {
    for provider in providers::ALL {
        let query = query_op(provider);
        let mapping = query.response().task().expect("a query mapping");
        let has_word = mapping
            .status()
            .iter()
            .any(|s| matches!(s, StatusStep::Word { .. }));
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        let id = create_task(&client, provider).await;
        sim.inject(query.name(), Fault::UnknownStatus("rendering".into()), 1);
        let task = client.query_task(&id).await.expect("a reply");
        if has_word {
            assert_eq!(
                task.status,
                TaskStatus::Unknown("rendering".into()),
                "{}",
                provider.id()
            );
            assert!(!task.status.is_terminal());
        }
        let next = client.query_task(&id).await.expect("a reply");
        assert_eq!(
            next.status,
            TaskStatus::Completed,
            "{}: the clock went on",
            provider.id()
        );
    }
}

#[tokio::test]
async fn failed_tasks_carry_the_vendors_error() {
    for provider in providers::ALL {
        let query = query_op(provider);
        let mapping = query.response().task().expect("a query mapping");
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        let id = create_task(&client, provider).await;
        sim.inject(
            query.name(),
            Fault::FailTask("content policy violation".into()),
            1,
        );
        let task = client.query_task(&id).await.expect("a reply");
        assert_eq!(task.status, TaskStatus::Failed, "{}", provider.id());
        assert_eq!(task.video_url, None);
        if !mapping.error().is_empty() {
            assert_eq!(
                task.error.as_deref(),
                Some("content policy violation"),
                "{}",
                provider.id()
            );
        }
        if !mapping.error_code().is_empty() {
            assert_eq!(
                task.error_code.as_deref(),
                Some("generation_failed"),
                "{}",
                provider.id()
            );
        }
        let later = client.query_task(&id).await.expect("a reply");
        assert_eq!(
            later.status,
            TaskStatus::Failed,
            "{}: failure is for good",
            provider.id()
        );
        let video = http()
            .get(sim.video_url(&id))
            .send()
            .await
            .expect("a reply");
        assert_eq!(video.status(), 404);

        // Injected on a create, the task is failed from the start.
        let create = create_input(provider);
        sim.inject(
            create.op.name(),
            Fault::FailTask("no credits left".into()),
            1,
        );
        let created = create_task(&client, provider).await;
        let task = client.query_task(&created).await.expect("a reply");
        assert_eq!(task.status, TaskStatus::Failed, "{}", provider.id());
    }
}

#[tokio::test]
async fn expired_results_read_expired_or_answer_410() {
    for provider in providers::ALL {
        let query = query_op(provider);
        let mapping = query.response().task().expect("a query mapping");
        let word_for_expired = mapping.status().iter().any(|s| match s {
            StatusStep::Word { map, .. } => map.iter().any(|(_, st)| **st == TaskStatus::Expired),
            StatusStep::When { then, .. } => **then == TaskStatus::Expired,
        });
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        let id = create_task(&client, provider).await;
        poll_until_done(&client, &id).await;
        sim.inject(query.name(), Fault::Expired, 1);
        let task = client.query_task(&id).await.expect("a reply");
        if word_for_expired {
            assert_eq!(task.status, TaskStatus::Expired, "{}", provider.id());
        } else {
            assert_eq!(task.status, TaskStatus::Completed, "{}", provider.id());
            assert_eq!(task.video_url, Some(sim.video_url(&id)));
        }
        let video = http()
            .get(sim.video_url(&id))
            .send()
            .await
            .expect("a reply");
        assert_eq!(video.status(), 410, "{}", provider.id());

        // On the video route alone: only the next download is refused.
        let fresh = create_task(&client, provider).await;
        poll_until_done(&client, &fresh).await;
        sim.inject("video", Fault::Expired, 1);
        let gone = http()
            .get(sim.video_url(&fresh))
            .send()
            .await
            .expect("a reply");
        assert_eq!(gone.status(), 410);
        let back = http()
            .get(sim.video_url(&fresh))
            .send()
            .await
            .expect("a reply");
        assert_eq!(back.status(), 200);
    }
}

#[tokio::test]
async fn redirects_are_followed_to_the_same_bytes() {
    for provider in providers::ALL {
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        let id = create_task(&client, provider).await;
        let query = query_op(provider);

        // A JSON route answers 307 to itself: the client follows it.
        let before = sim.requests(query.name());
        sim.inject(query.name(), Fault::Redirect, 1);
        let task = client
            .query_task(&id)
            .await
            .expect("the redirect is followed");
        assert_eq!(task.status, TaskStatus::Processing, "{}", provider.id());
        assert_eq!(sim.requests(query.name()), before + 2);
        poll_until_done(&client, &id).await;

        // The video route answers 302 to another URL of the same file.
        sim.inject("video", Fault::Redirect, 1);
        let no_follow = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client");
        let hop = no_follow
            .get(sim.video_url(&id))
            .send()
            .await
            .expect("a reply");
        assert_eq!(hop.status(), 302);
        let location = hop.headers()["location"]
            .to_str()
            .expect("text")
            .to_string();
        assert_ne!(location, sim.video_url(&id));
        sim.inject("video", Fault::Redirect, 1);
        let before = sim.requests("video");
        let followed = http()
            .get(sim.video_url(&id))
            .send()
            .await
            .expect("a reply");
        assert_eq!(followed.bytes().await.expect("bytes"), sim.video_bytes());
        assert_eq!(sim.requests("video"), before + 2);

        // A content operation answers 302 to the video file.
        if let Some(content) = provider.operation_with_role(Role::Content) {
            sim.inject(content.name(), Fault::Redirect, 1);
            let reply = client
                .provider()
                .call(&client, content.name(), query_input(content, &id))
                .await
                .expect("the content redirect is followed");
            let DynReply::Content(file) = reply else {
                panic!("{}: content gave JSON", provider.id());
            };
            assert_eq!(file.bytes().await.expect("bytes"), sim.video_bytes());
            assert_eq!(sim.requests(content.name()), 1);
        }
    }
}

/// The library's default retry policy rides out transient faults (Retry-After 0 keeps the test fast).
#[tokio::test]
async fn the_default_client_retries_through_transient_faults() {
    for provider in providers::ALL {
        let sim = start(provider);
        let client = retrying_client(provider, &sim);
        let id = create_task(&client, provider).await;
        let query = query_op(provider);
        sim.inject(
            query.name(),
            Fault::Status {
                code: 429,
                retry_after: Some(0),
            },
            2,
        );
        let task = client
            .query_task(&id)
            .await
            .expect("retried until it worked");
        assert_eq!(task.status, TaskStatus::Processing, "{}", provider.id());
        assert_eq!(sim.requests(query.name()), 3, "{}", provider.id());
    }
}

#[tokio::test]
async fn faults_queue_per_route_and_counters_count_everything() {
    let provider = providers::ALL[0];
    let sim = start(provider);
    let client = client(provider, &sim, sim.api_key());
    let query = query_op(provider);
    assert_eq!(sim.requests(query.name()), 0);
    let id = create_task(&client, provider).await;
    sim.inject(
        query.name(),
        Fault::Status {
            code: 503,
            retry_after: None,
        },
        1,
    );
    sim.inject(
        query.name(),
        Fault::Status {
            code: 502,
            retry_after: None,
        },
        1,
    );
    sim.inject(
        "other-route",
        Fault::Status {
            code: 500,
            retry_after: None,
        },
        5,
    );
    let first = client.query_task(&id).await.expect_err("503");
    let second = client.query_task(&id).await.expect_err("502");
    assert!(
        matches!(first, Error::Vendor(ref e) if e.http_status == 503),
        "{first:?}"
    );
    assert!(
        matches!(second, Error::Vendor(ref e) if e.http_status == 502),
        "{second:?}"
    );
    client.query_task(&id).await.expect("the queue is empty");
    let bad = common::client(provider, &sim, "nope");
    bad.query_task(&id).await.expect_err("401");
    assert_eq!(sim.requests(query.name()), 4, "refused requests count too");
    assert_eq!(sim.requests("no-such-route"), 0);
}
