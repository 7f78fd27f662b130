//! Providers loaded from their YAML at run time (`grokvid::Provider::from_yaml`), with no generated
//! code: their tables equal the compiled ones for every spec of the workspace (one meaning of "spec →
//! tables"), and each shipped spec, loaded under another id, runs like its built-in twin on the
//! simulator: the same encoded requests, the same refusals (nothing sent), create → wait → download,
//! resuming from a handle, failover next to built-in providers, the same capabilities. A broken spec
//! is a list of located problems.

mod common;

grokvid::provider!("specs/clocked.yaml");
grokvid::provider!("specs/compound.yaml");
grokvid::provider!("specs/fileonly.yaml");
grokvid::provider!("specs/framebox.yaml");
grokvid::provider!("specs/gatehouse.yaml");
grokvid::provider!("specs/handback.yaml");
grokvid::provider!("specs/nestbox.yaml");
grokvid::provider!("specs/pairs.yaml");
grokvid::provider!("specs/querykey.yaml");
grokvid::provider!("specs/splithost.yaml");
grokvid::provider!("specs/stdnames.yaml");
grokvid::provider!("specs/switchboard.yaml");
grokvid::provider!("specs/twofold.yaml");
grokvid::provider!("specs/tally.yaml");
grokvid::provider!("specs/framer.yaml");
grokvid::provider!("specs/mender.yaml");
grokvid::provider!("specs/eitheror.yaml");
grokvid::provider!("../client/specs/acme.yaml");

use common::{fixtures, request_fixture, with_local_files};
use grokvid::spec::{Builtin, Check, Condition, Kind, Role, Scalar};
use grokvid::{
    ApiKey, ClientConfig, DynReply, Error, HttpClient, Provider, TaskHandle, TaskStatus,
    VideoRequest, WaitOptions, providers,
};
use grokvid_sim::{Fault, SimConfig, Simulator};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
}

/// Every spec file of the workspace: the shipped ones, this crate's and the README's.
fn spec_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["specs", "tests/specs", "client/specs"] {
        for entry in std::fs::read_dir(workspace().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The compiled providers: built-in, and the ones this file generates with `provider!`.
fn compiled(id: &str) -> Option<&'static Provider> {
    let extra: &[&'static Provider] = &[
        &clocked::PROVIDER,
        &compound::PROVIDER,
        &fileonly::PROVIDER,
        &framebox::PROVIDER,
        &gatehouse::PROVIDER,
        &handback::PROVIDER,
        &nestbox::PROVIDER,
        &pairs::PROVIDER,
        &querykey::PROVIDER,
        &splithost::PROVIDER,
        &stdnames::PROVIDER,
        &switchboard::PROVIDER,
        &twofold::PROVIDER,
        &tally::PROVIDER,
        &framer::PROVIDER,
        &mender::PROVIDER,
        &eitheror::PROVIDER,
        &acme::PROVIDER,
    ];
    providers::ALL
        .iter()
        .copied()
        .chain(extra.iter().copied())
        .find(|p| p.id() == id)
}

#[test]
fn run_time_tables_equal_the_compiled_tables_of_every_spec() {
    let files = spec_files();
    assert!(files.len() >= 12, "only {} specs found", files.len());
    for path in files {
        let shown = path.display().to_string();
        let loaded = Provider::from_file(&path).unwrap_or_else(|e| panic!("{e}"));
        let built = compiled(loaded.id()).unwrap_or_else(|| {
            panic!(
                "{shown}: no compiled provider `{}` to compare with (a new spec: add its \
                     `grokvid::provider!` line at the top of this file)",
                loaded.id()
            )
        });
        let (run_time, compiled) = (
            format!("{:#?}", loaded.table()),
            format!("{:#?}", built.table()),
        );
        if run_time != compiled {
            let at = run_time
                .lines()
                .zip(compiled.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let context = |text: &str| -> String {
                let lines: Vec<&str> = text.lines().collect();
                lines[at.saturating_sub(8)..(at + 3).min(lines.len())].join("\n")
            };
            panic!(
                "{shown}: the run-time tables differ from the compiled ones at line {at} of their \
                 Debug form\n--- run time:\n{}\n--- compiled:\n{}",
                context(&run_time),
                context(&compiled)
            );
        }
        assert!(
            loaded.entry(loaded.operations()[0]).is_none(),
            "{shown}: no typed code"
        );
    }
}

/// `specs/<id>.yaml` loaded at run time as `<id>_rt`, once per test process.
fn renamed(id: &str) -> &'static Provider {
    static LOADED: OnceLock<Vec<&'static Provider>> = OnceLock::new();
    let loaded = LOADED.get_or_init(|| {
        providers::ALL
            .iter()
            .map(|p| {
                let path = workspace().join("specs").join(format!("{}.yaml", p.id()));
                let text = std::fs::read_to_string(&path).unwrap();
                let (from, to) = (
                    format!("\n  id: {}\n", p.id()),
                    format!("\n  id: {}_rt\n", p.id()),
                );
                assert!(text.contains(&from), "{}: no `id:` line", path.display());
                let text = text.replacen(&from, &to, 1);
                Provider::from_yaml(&format!("{}_rt.yaml", p.id()), &text)
                    .unwrap_or_else(|e| panic!("{e}"))
            })
            .collect()
    });
    let wanted = format!("{id}_rt");
    loaded
        .iter()
        .copied()
        .find(|p| p.id() == wanted)
        .unwrap_or_else(|| panic!("no spec `{id}`"))
}

#[test]
fn every_request_example_encodes_as_the_typed_request_does() {
    let mut checked = 0;
    for (id, path) in fixtures("requests") {
        let f = request_fixture(&id, &path);
        let label = path.display().to_string();
        let op = f.operation.name();
        let typed = common::provider(&id)
            .encode_request(op, f.input.clone())
            .unwrap_or_else(|e| panic!("{label}: typed: {e}"));
        let table = renamed(&id)
            .encode_request(op, f.input.clone())
            .unwrap_or_else(|e| panic!("{label}: run time: {e}"));
        assert_eq!(table, typed, "{label}");
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} examples");
}

/// One broken request: what was changed, and the input.
struct Broken {
    what: String,
    input: Value,
}

/// Requests that break one enum, one limit or one rule of the operation, made from a valid one.
fn broken_variants(op: &grokvid::spec::Operation, valid: &Value) -> Vec<Broken> {
    let mut out = Vec::new();
    let with = |field: &str, value: Value| {
        let mut input = valid.clone();
        input[field] = value;
        input
    };
    for field in op.params() {
        let wire = field.wire();
        let limits = field.shape().limits();
        match field.shape().kind() {
            Kind::Enum(_) => out.push(Broken {
                what: format!("{wire}: not a value"),
                input: with(wire, Value::from("no-such-value")),
            }),
            // A list is no member's value of any union.
            Kind::Union(_) => out.push(Broken {
                what: format!("{wire}: no member's value"),
                input: with(wire, Value::from(vec![Value::from(1)])),
            }),
            Kind::Builtin(b) if b.form().is_numeric() && limits.max().is_some() => {
                out.push(Broken {
                    what: format!("{wire}: above the maximum"),
                    input: with(wire, Value::from(limits.max().unwrap_or(0.0) as i64 + 1)),
                })
            }
            Kind::Builtin(Builtin::String) if limits.max_length().is_some() => out.push(Broken {
                what: format!("{wire}: too long"),
                input: with(
                    wire,
                    Value::from("x".repeat(limits.max_length().unwrap_or(0) + 1)),
                ),
            }),
            _ => {}
        }
    }
    for rule in op.rules() {
        // A fixed value under a condition: meet the condition, break the value.
        if let (
            Check::Fixed { field, value },
            [
                Condition::Equals {
                    field: when,
                    any_of: [first, ..],
                },
            ],
        ) = (rule.check(), rule.when())
        {
            let other = match value {
                Scalar::Int(i) => Value::from(i + 1),
                Scalar::Str(_) => Value::from("something-else"),
                _ => continue,
            };
            let mut input = with(when, grokvid_scalar(first));
            input[*field] = other;
            out.push(Broken {
                what: format!("rule: {field} fixed when {when} is {first}"),
                input,
            });
        }
    }
    out
}

fn grokvid_scalar(s: &Scalar) -> Value {
    match s {
        Scalar::Str(s) => Value::from(*s),
        Scalar::Int(i) => Value::from(*i),
        Scalar::Num(n) => Value::from(*n),
        Scalar::Bool(b) => Value::from(*b),
    }
}

fn violations(e: Error) -> Vec<String> {
    match e {
        Error::Invalid(v) => v.iter().map(ToString::to_string).collect(),
        other => panic!("not a validation error: {other}"),
    }
}

/// A client of the simulated vendor (nothing here fails in transit, so nothing is retried).
fn client_for(sim: &Simulator) -> HttpClient {
    let config = ClientConfig::default().with_base_url(sim.base_url());
    HttpClient::new(sim.provider(), ApiKey::new(sim.api_key()), config).unwrap()
}

#[tokio::test]
async fn a_request_that_breaks_an_enum_a_limit_or_a_rule_is_refused_as_typed_and_not_sent() {
    let (mut rules, mut values) = (0, 0);
    for (id, path) in fixtures("requests") {
        let f = request_fixture(&id, &path);
        if f.operation.role() != Role::Create {
            continue;
        }
        let p = renamed(&id);
        let op = p.operation(f.operation.name()).unwrap();
        let sim = Simulator::start(p, SimConfig::default()).unwrap();
        let client = client_for(&sim);
        for broken in broken_variants(op, &f.input) {
            let label = format!("{}: {}", path.display(), broken.what);
            let typed = common::provider(&id)
                .encode_request(op.name(), broken.input.clone())
                .expect_err(&label);
            let table = p
                .encode_request(op.name(), broken.input.clone())
                .expect_err(&label);
            let (typed, table) = (violations(typed), violations(table));
            if broken.what.starts_with("rule") {
                // The rule engine words both.
                assert_eq!(table, typed, "{label}");
                rules += 1;
            } else {
                // The typed request refuses while reading the value, the tables while checking it:
                // the same value named the same way, the field in front.
                assert_eq!(table.len(), 1, "{label}: {table:?}");
                let field = broken.what.split(':').next().unwrap_or_default();
                assert!(
                    table[0].starts_with(&format!("{field}: ")),
                    "{label}: {table:?}"
                );
                let said = table[0]
                    .split_once(": ")
                    .map(|(_, m)| m)
                    .unwrap_or_default();
                assert!(
                    typed.iter().any(|t| t.contains(said)),
                    "{label}: typed {typed:?}, run time {table:?}"
                );
                values += 1;
            }
            let sent = p.call(&client, op.name(), broken.input.clone()).await;
            assert!(matches!(sent, Err(Error::Invalid(_))), "{label}");
            assert_eq!(sim.requests(op.name()), 0, "{label}: nothing was sent");
        }
    }
    assert!(rules >= 3, "only {rules} rule cases");
    assert!(values >= 10, "only {values} value cases");
}

#[tokio::test]
async fn unknown_and_missing_fields_are_refused_before_sending() {
    let p = renamed("geeknow");
    let sim = Simulator::start(p, SimConfig::default()).unwrap();
    let client = client_for(&sim);
    let input = serde_json::json!({"prompt": "a cat", "colour": "red", "seconds": "six"});
    let err = p.call(&client, "create", input).await.unwrap_err();
    let mut got = violations(err);
    got.sort();
    assert_eq!(
        got,
        [
            "colour: is not a field of this request",
            "model: is required",
            "seconds: must be an integer (got a string)",
        ]
    );
    let err = p
        .call(&client, "create", Value::from("a cat"))
        .await
        .unwrap_err();
    assert_eq!(
        violations(err),
        ["create: must be a JSON object keyed by wire names"]
    );
    assert_eq!(sim.requests("create"), 0);
}

#[tokio::test]
async fn every_create_example_runs_to_a_video_and_resumes_from_its_handle() {
    let mut runs = 0;
    for (id, path) in fixtures("requests") {
        let f = request_fixture(&id, &path);
        if f.operation.role() != Role::Create {
            continue;
        }
        let label = path.display().to_string();
        let p = renamed(&id);
        let sim = Simulator::start(p, SimConfig::default()).unwrap();
        let client = client_for(&sim);
        let dir = std::env::temp_dir().join(format!(
            "grokvid-runtime-specs-{}-{id}-{}",
            std::process::id(),
            path.file_stem().unwrap().to_string_lossy()
        ));
        let input = with_local_files(&f.input, &f.files, &dir);
        let reply = p
            .call(&client, f.operation.name(), input)
            .await
            .unwrap_or_else(|e| panic!("{label}: create: {e}"));
        let DynReply::Json {
            task: Some(task), ..
        } = reply
        else {
            panic!("{label}: create gave {reply:?}");
        };
        let handle = client.track(&task, None).unwrap();
        assert_eq!(handle.provider, p.id());
        // Another process: the handle as JSON, the provider found among the loaded ones.
        let handle: TaskHandle = serde_json::from_str(&handle.to_json()).unwrap();
        let config = ClientConfig::default().with_base_url(sim.base_url());
        let resumed =
            HttpClient::resume_among(&[p], &handle, ApiKey::new(sim.api_key()), config).unwrap();
        let done = resumed
            .wait(
                &handle,
                &WaitOptions::quick(Duration::from_secs(30)),
                |_| {},
            )
            .await
            .unwrap_or_else(|e| panic!("{label}: wait: {e}"));
        assert_eq!(done.status, TaskStatus::Completed, "{label}");
        let target = dir.join("out.mp4");
        resumed
            .download(&done, &target, |_, _| {})
            .await
            .unwrap_or_else(|e| panic!("{label}: download: {e}"));
        assert_eq!(
            std::fs::read(&target).unwrap(),
            sim.video_bytes().to_vec(),
            "{label}"
        );
        assert_eq!(sim.requests(f.operation.name()), 1, "{label}: one create");
        let _ = std::fs::remove_dir_all(&dir);
        runs += 1;
    }
    assert!(runs >= 14, "only {runs} create examples ran");
}

#[tokio::test]
async fn failover_moves_between_run_time_and_built_in_providers() {
    // A run-time provider refuses (4xx): the built-in one takes it.
    let (_sims, _, taken) = second_takes(renamed("xai"), common::provider("aizfw")).await;
    assert_eq!((taken.index, taken.provider.id()), (1, "aizfw"));
    assert_eq!(taken.attempts[0].provider, "xai_rt");
    // A built-in one refuses: the run-time one takes it, and its task runs to the end.
    let (_sims, clients, taken) = second_takes(common::provider("xai"), renamed("aizfw")).await;
    assert_eq!((taken.index, taken.provider.id()), (1, "aizfw_rt"));
    assert_eq!(taken.attempts[0].provider, "xai");
    let done = clients[1]
        .wait(
            &taken.handle,
            &WaitOptions::quick(Duration::from_secs(30)),
            |_| {},
        )
        .await
        .unwrap();
    assert_eq!(done.status, TaskStatus::Completed);
}

/// `first` (an xAI) refuses the create with a 400, `second` takes it. The simulators are returned to
/// keep them serving.
async fn second_takes(
    first: &'static Provider,
    second: &'static Provider,
) -> ([Simulator; 2], Vec<HttpClient>, grokvid::Submitted) {
    let refusing = Simulator::start(first, SimConfig::default()).unwrap();
    let taking = Simulator::start(second, SimConfig::default()).unwrap();
    let refusal = Fault::Status {
        code: 400,
        retry_after: None,
    };
    refusing.inject("generations", refusal, 1);
    let clients = vec![client_for(&refusing), client_for(&taking)];
    let request = VideoRequest::new("a cat surfing").duration(10);
    let taken = grokvid::submit_first(&clients, &request).await.unwrap();
    assert_eq!(refusing.requests("generations"), 1);
    ([refusing, taking], clients, taken)
}

#[test]
fn the_neutral_request_and_the_capabilities_are_the_built_in_ones() {
    let requests = [
        VideoRequest::new("a cat surfing"),
        VideoRequest::new("a cat").duration(10).aspect_ratio("16:9"),
        VideoRequest::new("a cat").resolution("1080p"),
        VideoRequest::new("a cat").duration(400),
        VideoRequest::new("a cat").model("no-such-model"),
    ];
    for built in providers::ALL {
        let p = renamed(built.id());
        let mut caps = grokvid::capabilities(p);
        caps.provider = built.id();
        assert_eq!(caps, grokvid::capabilities(built), "{}", built.id());
        for request in &requests {
            let shown = |r: Result<(&grokvid::spec::Operation, Value), Error>| match r {
                Ok((op, input)) => format!("{} {input}", op.name()),
                Err(e) => e
                    .to_string()
                    .replace(&format!("{}_rt", built.id()), built.id()),
            };
            assert_eq!(
                shown(grokvid::to_provider(request, p, None)),
                shown(grokvid::to_provider(request, built, None)),
                "{}: {request:?}",
                built.id()
            );
        }
    }
}

#[test]
fn a_broken_spec_is_every_problem_located() {
    let text = std::fs::read_to_string(workspace().join("specs/xai.yaml")).unwrap();
    let broken = text.replacen("type: string", "type: strnig", 1).replacen(
        "method: POST",
        "method: SEND",
        1,
    );
    let err = Provider::from_yaml("broken.yaml", &broken).unwrap_err();
    let lines: Vec<String> = err.diagnostics().iter().map(ToString::to_string).collect();
    assert!(lines.len() >= 2, "{lines:?}");
    for (d, line) in err.diagnostics().iter().zip(&lines) {
        assert!(d.line > 0 && d.col > 0, "{line}");
        assert!(line.starts_with(&format!("broken.yaml:{}:{}: ", d.line, d.col)));
    }
    assert_eq!(err.to_string(), lines.join("\n"));
    // The same problems the build reports.
    let build: Vec<String> = grokvid_codegen::load("broken.yaml", &broken)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(lines, build);
    // Not YAML at all, and no file.
    let err = Provider::from_yaml("bad.yaml", "provider: [unclosed").unwrap_err();
    assert!(err.to_string().starts_with("bad.yaml:1:"), "{err}");
    let err = Provider::from_file("/nonexistent/spec.yaml").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("/nonexistent/spec.yaml: cannot read the spec"),
        "{err}"
    );
}
