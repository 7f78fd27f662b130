//! The one-pass reading of replies (`reply::light`) against the whole reading, over every built-in
//! provider: here, above both, because the reply layer may not name the generated providers.

use crate::providers::{ALL, geeknow, unified};
use crate::reply::interpret;
use crate::reply::light::read;
use crate::spec::Provider;
use serde::de;
use serde_json::Value;
use std::fmt;

/// Replies shaped to trip a reader that skips what it does not keep: each must read as the whole
/// reading reads it, or be left to it.
const CRAFTED: &[&str] = &[
    r#"{"id": "t1", "status": "processing", "progress": 5}"#,
    r#"{"id": "t1", "id": "t2", "status": "completed", "video_url": "https://x/v.mp4"}"#,
    r#"{"i\u0064": "t1", "st\"atus": "x", "status": "failed", "error": {"message": "no"}}"#,
    r#"{"id": "t1", "ignored": 1e999}"#,
    r#"{"id": "t1", "ignored": "\ud800"}"#,
    r#"{"id": "t1", "ignored": [1, 2,]}"#,
    r#"{"id": "t1"} trailing"#,
    r#"[{"id": "t1"}]"#,
    r#""text""#,
    r#"{"error": {"message": "quota", "code": "insufficient"}}"#,
    r#"{"error": "", "id": "t1", "status": "queued"}"#,
    r#"{"code": 1, "msg": "bad", "data": null}"#,
    r#"{"code": 200, "data": {"task_id": "t1", "status": "SUCCESS", "url": "https://x/v"}}"#,
    r#"{"data": [{"id": "a", "status": "completed", "url": "https://x/a"}], "n": 18446744073709551615}"#,
    r#"{"output": {"url": "https://x/o.mp4"}, "status": "completed", "metadata": {"url": 3}}"#,
];

fn deep(levels: usize) -> String {
    format!(
        r#"{{"id": "t1", "ignored": {}{}}}"#,
        "[".repeat(levels),
        "]".repeat(levels)
    )
}

fn corpus() -> Vec<(String, String, u16, Vec<u8>)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus");
    let mut out = Vec::new();
    for dir in std::fs::read_dir(root).unwrap() {
        let dir = dir.unwrap().path();
        let provider = dir.file_name().unwrap().to_str().unwrap().to_string();
        for file in std::fs::read_dir(&dir).unwrap() {
            let case: Value =
                serde_json::from_slice(&std::fs::read(file.unwrap().path()).unwrap()).unwrap();
            out.push((
                provider.clone(),
                case["operation"].as_str().unwrap().to_string(),
                case["http_status"].as_u64().unwrap() as u16,
                serde_json::to_vec(&case["body"]).unwrap(),
            ));
        }
    }
    out
}

/// Every JSON operation of every built-in provider, with every crafted reply and every corpus
/// body: the light tree exists only where the whole reading succeeds, and reads the same task.
#[test]
fn the_light_tree_reads_as_the_whole_reply() {
    let mut bodies: Vec<Vec<u8>> = CRAFTED.iter().map(|b| b.as_bytes().to_vec()).collect();
    bodies.push(deep(127).into_bytes());
    bodies.push(deep(200).into_bytes());
    bodies.extend(corpus().into_iter().map(|(_, _, _, body)| body));
    let (mut light, mut whole_only) = (0, 0);
    for provider in ALL {
        for op in provider.operations() {
            if op.response().media().is_some() {
                continue;
            }
            for body in &bodies {
                let whole = interpret(provider, op, 200, None, body);
                let Some((_, tree)) = read::<de::IgnoredAny>(provider, op, 200, body) else {
                    whole_only += 1;
                    continue;
                };
                light += 1;
                let text = String::from_utf8_lossy(body);
                let whole = whole.unwrap_or_else(|e| {
                    panic!(
                        "{}.{}: light read {text}, whole refused: {e}",
                        provider.id(),
                        op.name()
                    )
                });
                let (Some(mapping), at) = (op.response().task(), op.response().tasks_at()) else {
                    continue;
                };
                match at {
                    Some(at) => assert_eq!(
                        crate::task::read_many(provider, &tree, at, mapping),
                        crate::task::read_many(provider, &whole, at, mapping),
                        "{}.{}: {text}",
                        provider.id(),
                        op.name()
                    ),
                    None => assert_eq!(
                        crate::task::read(provider, &tree, mapping),
                        crate::task::read(provider, &whole, mapping),
                        "{}.{}: {text}",
                        provider.id(),
                        op.name()
                    ),
                }
            }
        }
    }
    // Both ways were taken (the light way for most replies).
    assert!(
        light > whole_only && whole_only > 0,
        "{light} light, {whole_only} whole"
    );
}

/// The typed reply read in the one pass is the one read from the whole tree.
#[test]
fn typed_replies_read_as_from_the_whole_tree() {
    fn same<T>(provider: &Provider, op: &str, body: &[u8]) -> bool
    where
        T: serde::de::DeserializeOwned + PartialEq + fmt::Debug,
    {
        let op = provider.operation(op).unwrap();
        let Some((typed, tree)) = read::<T>(provider, op, 200, body) else {
            return false;
        };
        let whole = interpret(provider, op, 200, None, body).unwrap();
        assert_eq!(typed, T::deserialize(&whole).unwrap());
        let (de::IgnoredAny, alone) = read(provider, op, 200, body).unwrap();
        assert_eq!(tree, alone);
        true
    }
    let mut bodies: Vec<Vec<u8>> = CRAFTED.iter().map(|b| b.as_bytes().to_vec()).collect();
    bodies.extend(corpus().into_iter().map(|(_, _, _, body)| body));
    let mut read = 0;
    for body in &bodies {
        for ok in [
            same::<geeknow::QueryResponse>(&geeknow::PROVIDER, "query", body),
            same::<geeknow::CreateResponse>(&geeknow::PROVIDER, "create", body),
            same::<unified::QueryResponse>(&unified::PROVIDER, "query", body),
            same::<unified::CreateResponse>(&unified::PROVIDER, "create", body),
        ] {
            read += usize::from(ok);
        }
    }
    assert!(read > 100, "{read}");
}
