//! Every provider, every create example: create through the client, poll with `query_task` until
//! completed, download the video URL; plus content, batch and task operations, and reply shapes checked
//! against the vendor's example replies. One generic loop, no per-vendor code.

mod common;

use common::*;
use grokvid::spec::{Kind, Role};
use grokvid::{DynReply, TaskStatus, providers};
use serde_json::{Value, json};
use std::collections::BTreeSet;

#[tokio::test]
async fn every_create_example_runs_to_a_downloadable_video() {
    let mut lifecycles = 0;
    for provider in providers::ALL {
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        for example in request_inputs(provider)
            .into_iter()
            .filter(|r| r.op.role() == Role::Create)
        {
            let what = format!("{}/{}", provider.id(), example.name);
            let reply = client
                .provider()
                .call(&client, example.op.name(), example.input.clone())
                .await
                .unwrap_or_else(|e| panic!("{what}: create: {e}"));
            let DynReply::Json {
                task: Some(created),
                http_status,
                ..
            } = reply
            else {
                panic!("{what}: create gave no task");
            };
            assert_eq!(http_status, 200, "{what}");
            assert_eq!(created.status, TaskStatus::Queued, "{what}");
            let id = created.id.unwrap_or_else(|| panic!("{what}: no id"));
            assert!(id.starts_with("task_") && id.len() == 21, "{what}: id {id}");

            let seen = poll_until_done(&client, &id).await;
            let statuses: Vec<&TaskStatus> = seen.iter().map(|t| &t.status).collect();
            assert_eq!(
                statuses,
                [&TaskStatus::Processing, &TaskStatus::Completed],
                "{what}: the instant clock goes processing then completed"
            );
            let done = seen.last().expect("polled");
            assert_eq!(done.id.as_deref(), Some(id.as_str()), "{what}");
            let query = provider
                .operation_with_role(Role::Query)
                .expect("a query op");
            let mapping = query.response().task().expect("a query mapping");
            if !mapping.progress().is_empty() {
                assert_eq!(
                    seen[0].progress,
                    Some(50),
                    "{what}: progress while processing"
                );
                assert_eq!(done.progress, Some(100), "{what}: progress when done");
            }
            let url = done
                .video_url
                .clone()
                .unwrap_or_else(|| panic!("{what}: no video URL"));
            assert_eq!(url, sim.video_url(&id), "{what}");
            let response = http().get(&url).send().await.expect("video download");
            assert_eq!(response.status(), 200, "{what}");
            assert_eq!(
                response.headers()["content-type"].to_str().ok(),
                Some("video/mp4"),
                "{what}"
            );
            assert_eq!(
                response.content_length(),
                Some(sim.video_bytes().len() as u64)
            );
            assert_eq!(
                response.bytes().await.expect("bytes"),
                sim.video_bytes(),
                "{what}"
            );
            lifecycles += 1;
        }
        // Counters saw every request: creates, two polls per task, one download per task.
        let creates: usize = provider
            .operations()
            .iter()
            .filter(|op| op.role() == Role::Create)
            .map(|op| sim.requests(op.name()))
            .sum();
        let query = provider
            .operation_with_role(Role::Query)
            .expect("a query op");
        assert_eq!(sim.requests(query.name()), 2 * creates, "{}", provider.id());
        assert_eq!(sim.requests("video"), creates, "{}", provider.id());
        assert!(creates > 0, "{}: no create example", provider.id());
    }
    assert!(lifecycles >= providers::ALL.len());
}

#[tokio::test]
async fn content_operations_serve_the_video_once_completed() {
    let mut checked = 0;
    for provider in providers::ALL {
        let Some(content) = provider.operation_with_role(Role::Content) else {
            continue;
        };
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        let id = create_task(&client, provider).await;
        let early = client
            .provider()
            .call(&client, content.name(), query_input(content, &id))
            .await;
        match early {
            Err(grokvid::Error::Vendor(e)) => assert!(e.message.contains("not ready"), "{e}"),
            other => panic!("{}: content before completion: {other:?}", provider.id()),
        }
        poll_until_done(&client, &id).await;
        let reply = client
            .provider()
            .call(&client, content.name(), query_input(content, &id))
            .await
            .unwrap_or_else(|e| panic!("{}: content: {e}", provider.id()));
        let DynReply::Content(file) = reply else {
            panic!("{}: content gave JSON", provider.id());
        };
        assert_eq!(file.content_type(), content.response().media());
        assert_eq!(file.content_length(), Some(sim.video_bytes().len() as u64));
        assert_eq!(file.bytes().await.expect("bytes"), sim.video_bytes());
        let missing = client
            .provider()
            .call(&client, content.name(), query_input(content, "task_nope"))
            .await;
        assert!(
            matches!(&missing, Err(grokvid::Error::Vendor(e)) if e.http_status == 404),
            "{missing:?}"
        );
        checked += 1;
    }
    assert!(checked > 0, "no provider has a content operation");
}

#[tokio::test]
async fn batch_queries_list_each_known_task() {
    for provider in providers::ALL {
        let Some(batch) = provider.operation_with_role(Role::BatchQuery) else {
            continue;
        };
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        let first = create_task(&client, provider).await;
        let second = create_task(&client, provider).await;
        poll_until_done(&client, &first).await;
        let ids_param = batch
            .params()
            .iter()
            .find(|f| matches!(f.shape().kind(), Kind::List(_)))
            .expect("a list param of ids");
        let input = json!({ ids_param.wire(): [first, second, "task_unknown"] });
        let reply = client
            .provider()
            .call(&client, batch.name(), input)
            .await
            .unwrap_or_else(|e| panic!("{}: batch: {e}", provider.id()));
        let DynReply::Json { tasks, body, .. } = reply else {
            panic!("{}: batch gave a file", provider.id());
        };
        let ids: Vec<Option<&str>> = tasks.iter().map(|t| t.id.as_deref()).collect();
        assert_eq!(ids, [Some(first.as_str()), Some(second.as_str())], "{body}");
        // The batch counts as one more poll of each task.
        assert_eq!(tasks[0].status, TaskStatus::Completed, "{body}");
        assert_eq!(tasks[0].video_url, Some(sim.video_url(&first)), "{body}");
        assert_eq!(tasks[1].status, TaskStatus::Processing, "{body}");
        grokvid::providers::by_id(provider.id())
            .expect("a built-in provider")
            .typed_reply(batch.name(), body.clone())
            .unwrap_or_else(|e| panic!("{}: {e}", provider.id()));
    }
}

/// Operations of role `other` that act on one task: a DELETE or a `cancel...` name cancels it.
#[tokio::test]
async fn task_operations_cancel_or_read_a_task() {
    for provider in providers::ALL {
        for op in provider
            .operations()
            .iter()
            .filter(|op| op.role() == Role::Other)
        {
            if op.task_id_param().is_none() || op.response().task().is_none() {
                continue;
            }
            let sim = start(provider);
            let client = client(provider, &sim, sim.api_key());
            let id = create_task(&client, provider).await;
            let reply = client
                .provider()
                .call(&client, op.name(), query_input(op, &id))
                .await
                .unwrap_or_else(|e| panic!("{}.{}: {e}", provider.id(), op.name()));
            let DynReply::Json {
                task: Some(task), ..
            } = reply
            else {
                panic!("{}.{}: no task", provider.id(), op.name());
            };
            assert_eq!(task.id.as_deref(), Some(id.as_str()));
            let cancels =
                op.method() == grokvid::spec::Method::Delete || op.name().contains("cancel");
            if cancels {
                assert_eq!(
                    task.status,
                    TaskStatus::Cancelled,
                    "{}.{}",
                    provider.id(),
                    op.name()
                );
                let later = client.query_task(&id).await.expect("query");
                assert_eq!(
                    later.status,
                    TaskStatus::Cancelled,
                    "cancelled stays cancelled"
                );
            }
        }
    }
}

/// Replies have the vendor's shape: every key path the simulator writes appears in one of the vendor's
/// example replies for that operation, the typed response reads it, and errors look like theirs.
#[tokio::test]
async fn replies_have_the_vendors_shape() {
    for provider in providers::ALL {
        let sim = start(provider);
        let client = client(provider, &sim, sim.api_key());
        let query = provider
            .operation_with_role(Role::Query)
            .expect("a query op");
        let mut replies: Vec<(&str, Value)> = Vec::new();
        for example in request_inputs(provider)
            .into_iter()
            .filter(|r| r.op.role() == Role::Create)
        {
            let reply = client
                .provider()
                .call(&client, example.op.name(), example.input.clone())
                .await;
            let Ok(DynReply::Json {
                body,
                task: Some(task),
                ..
            }) = reply
            else {
                panic!("{}: create failed", provider.id());
            };
            replies.push((example.op.name(), body));
            let id = task.id.expect("an id");
            for _ in 0..2 {
                if let Ok(DynReply::Json { body, .. }) = client
                    .provider()
                    .call(&client, query.name(), query_input(query, &id))
                    .await
                {
                    replies.push((query.name(), body));
                }
            }
        }
        let id = create_task(&client, provider).await;
        sim.inject(
            query.name(),
            grokvid_sim::Fault::FailTask("the render failed".into()),
            1,
        );
        let Ok(DynReply::Json {
            body,
            task: Some(task),
            ..
        }) = client
            .provider()
            .call(&client, query.name(), query_input(query, &id))
            .await
        else {
            panic!("{}: failed query", provider.id());
        };
        assert_eq!(task.status, TaskStatus::Failed, "{body}");
        replies.push((query.name(), body));

        for (op_name, body) in &replies {
            let op = provider.operation(op_name).expect("op");
            grokvid::providers::by_id(provider.id())
                .expect("a built-in provider")
                .typed_reply(op_name, body.clone())
                .unwrap_or_else(|e| panic!("{}.{op_name}: {e}", provider.id()));
            let examples = example_paths(provider, op_name, "responses", op.response().fields());
            if examples.is_empty() {
                continue;
            }
            let ours = key_paths(body, &|p| is_json_field(op.response().fields(), p));
            let extra: Vec<&String> = ours.difference(&examples).collect();
            assert!(
                extra.is_empty(),
                "{}.{op_name}: keys no example has: {extra:?}\nreply: {body}",
                provider.id()
            );
        }

        // Error replies: a wrong key, in the shape of the vendor's error examples.
        let bad = common::client(provider, &sim, "wrong-key");
        let err = bad
            .query_task(&id)
            .await
            .expect_err("a wrong key is refused");
        let grokvid::Error::Vendor(vendor) = err else {
            panic!("{}: {err:?}", provider.id());
        };
        assert_eq!(vendor.http_status, 401);
        let response = raw_request(
            &http(),
            provider,
            &sim,
            query,
            &query_input(query, &id)
                .as_object()
                .cloned()
                .unwrap_or_default(),
            "wrong-key",
        )
        .send()
        .await
        .expect("a reply");
        let body: Value = response.json().await.expect("a JSON error");
        let error_examples: BTreeSet<String> = fixture_files(provider, "errors")
            .iter()
            .flat_map(|p| key_paths(&read_json(p)["body"], &|_| false))
            .collect();
        if !error_examples.is_empty() {
            let ours = key_paths(&body, &|_| false);
            let extra: Vec<&String> = ours.difference(&error_examples).collect();
            assert!(
                extra.is_empty(),
                "{}: error keys {extra:?} in {body}",
                provider.id()
            );
        }
    }
}

/// Key paths of every example reply of one operation.
fn example_paths(
    provider: &grokvid::Provider,
    op_name: &str,
    kind: &str,
    fields: &'static [grokvid::spec::Field],
) -> BTreeSet<String> {
    fixture_files(provider, kind)
        .iter()
        .map(|p| read_json(p))
        .filter(|f| f["operation"] == op_name)
        .flat_map(|f| key_paths(&f["body"], &|p| is_json_field(fields, p)))
        .collect()
}

/// The realistic clock moves on wall-clock time: queued, then processing with growing progress, then
/// completed.
#[tokio::test]
async fn the_realistic_clock_moves_with_time() {
    use std::time::Duration;
    let provider = providers::ALL
        .iter()
        .copied()
        .find(|p| {
            p.operation_with_role(Role::Query)
                .and_then(|q| q.response().task())
                .is_some_and(|m| !m.progress().is_empty())
        })
        .expect("a provider reporting progress");
    let config = grokvid_sim::SimConfig {
        clock: grokvid_sim::Clock::Realistic {
            queued: Duration::from_millis(150),
            processing: Duration::from_millis(600),
        },
        ..grokvid_sim::SimConfig::default()
    };
    let sim = grokvid_sim::Simulator::start(provider, config).expect("starts");
    let client = client(provider, &sim, sim.api_key());
    let id = create_task(&client, provider).await;
    let first = client.query_task(&id).await.expect("poll");
    assert_eq!(first.status, TaskStatus::Queued);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let running = client.query_task(&id).await.expect("poll");
    assert_eq!(running.status, TaskStatus::Processing);
    let p1 = running.progress.expect("progress");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let later = client.query_task(&id).await.expect("poll");
    if later.status == TaskStatus::Processing {
        assert!(later.progress.expect("progress") > p1, "progress grows");
    }
    tokio::time::sleep(Duration::from_millis(400)).await;
    let done = client.query_task(&id).await.expect("poll");
    assert_eq!(done.status, TaskStatus::Completed);
    assert_eq!(done.progress, Some(100));
}

/// Enum aliases are stored canonical, so echoed fields read as the vendor's own values.
#[tokio::test]
async fn aliases_are_echoed_canonical() {
    let mut checked = 0;
    for provider in providers::ALL {
        for op in provider
            .operations()
            .iter()
            .filter(|op| op.role() == Role::Create)
        {
            for field in op.params() {
                let Kind::Enum(info) = field.shape().kind() else {
                    continue;
                };
                let Some((alias, canonical)) = info.aliases().first() else {
                    continue;
                };
                let Some(example) = request_inputs(provider)
                    .into_iter()
                    .find(|r| r.op.name() == op.name())
                else {
                    continue;
                };
                let mut input = example.input.clone();
                input[field.wire()] = json!(alias);
                let sim = start(provider);
                let client = client(provider, &sim, sim.api_key());
                let Ok(DynReply::Json { body, .. }) =
                    client.provider().call(&client, op.name(), input).await
                else {
                    panic!("{}.{}: create with alias failed", provider.id(), op.name());
                };
                let text = body.to_string();
                assert!(
                    text.contains(canonical) && !text.contains(&format!("\"{alias}\"")),
                    "{text}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 0, "no provider declares an alias");
}
