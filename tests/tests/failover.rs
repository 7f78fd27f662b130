//! Failover across simulated providers: the next provider is tried only when the first provably did
//! not take the create (rejected before sending, refused with a 4xx, unreachable); never after the
//! create may have reached a server (5xx, a dropped or unreadable reply, a timeout).

mod common;

use grokvid::Provider;
use grokvid::failover::{Verdict, submit_first, submit_first_with};
use grokvid::{ApiKey, ClientConfig, Error, HttpClient, RetryPolicy, TaskStatus, VendorError};
use grokvid::{ImageInput, VideoRequest};
use grokvid_sim::{Fault, SimConfig, Simulator};
use std::time::Duration;

fn provider(id: &str) -> &'static Provider {
    common::provider(id)
}

fn start(id: &str) -> Simulator {
    Simulator::start(provider(id), SimConfig::default()).unwrap()
}

/// No retries, so each create reaches the simulator once.
fn client(sim: &Simulator) -> HttpClient {
    let config = ClientConfig::default()
        .with_base_url(sim.base_url())
        .with_retry(RetryPolicy::NONE)
        .with_timeout(Duration::from_millis(800));
    HttpClient::new(sim.provider(), ApiKey::new(sim.api_key()), config).unwrap()
}

/// The create route of a simulated provider (its create operation's name).
fn creates(sim: &Simulator) -> usize {
    let op = grokvid::rt::unified::create_operation(sim.provider(), None).unwrap();
    sim.requests(op.name())
}

fn request() -> VideoRequest {
    VideoRequest::new("a cat surfing").duration(10)
}

/// xai first, aizfw second: both take `request()`.
fn pair() -> (Simulator, Simulator) {
    (start("xai"), start("aizfw"))
}

async fn moves_on_after(fault: Fault, verdict: Verdict) {
    let (first, second) = pair();
    first.inject("generations", fault.clone(), 1);
    let clients = [client(&first), client(&second)];
    let taken = submit_first(&clients, &request())
        .await
        .unwrap_or_else(|e| panic!("{fault:?}: {e}"));
    assert_eq!(taken.index, 1);
    assert_eq!(taken.provider.id(), "aizfw");
    assert_eq!(taken.handle.provider, "aizfw");
    assert_eq!(taken.handle.base_url, second.base_url());
    assert_eq!(taken.task.status, TaskStatus::Queued);
    assert_eq!(taken.attempts.len(), 1);
    assert_eq!(taken.attempts[0].provider, "xai");
    assert_eq!(taken.attempts[0].verdict, verdict);
    assert_eq!((creates(&first), creates(&second)), (1, 1), "{fault:?}");
}

#[tokio::test]
async fn a_400_refusal_moves_on_to_the_next_provider() {
    moves_on_after(
        Fault::Status {
            code: 400,
            retry_after: None,
        },
        Verdict::Refused,
    )
    .await;
}

#[tokio::test]
async fn a_429_refusal_moves_on_to_the_next_provider() {
    moves_on_after(
        Fault::Status {
            code: 429,
            retry_after: Some(30),
        },
        Verdict::Refused,
    )
    .await;
}

#[tokio::test]
async fn an_unreachable_provider_is_passed_over() {
    // A port that was just free: nothing listens there.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let second = start("aizfw");
    let down = HttpClient::new(
        provider("xai"),
        ApiKey::new("k"),
        ClientConfig::default()
            .with_base_url(url)
            .with_retry(RetryPolicy::NONE),
    )
    .unwrap();
    let taken = submit_first(&[down, client(&second)], &request())
        .await
        .unwrap();
    assert_eq!(taken.index, 1);
    assert_eq!(taken.attempts[0].verdict, Verdict::Unreachable);
    assert!(matches!(taken.attempts[0].error, Error::NotSent { .. }));
    assert_eq!(creates(&second), 1);
}

#[tokio::test]
async fn a_provider_that_cannot_honour_the_request_is_passed_over_without_a_call() {
    // acedata renders at most 720p; unified renders 1080p.
    let (first, second) = (start("acedata"), start("unified"));
    let req = VideoRequest::new("a cat").resolution("1080p");
    let mut passed = Vec::new();
    let taken = submit_first_with(&[client(&first), client(&second)], &req, None, |a| {
        passed.push(a.provider)
    })
    .await
    .unwrap();
    assert_eq!(passed, ["acedata"]);
    assert_eq!(taken.provider.id(), "unified");
    assert_eq!(taken.attempts[0].verdict, Verdict::Rejected);
    assert_eq!(
        taken.attempts[0].error.to_string(),
        "acedata cannot honour resolution: `1080p` is not offered; it accepts 480p, 720p (nothing sent)"
    );
    assert_eq!((creates(&first), creates(&second)), (0, 1));
}

async fn stops_after(fault: Fault) -> grokvid::FailoverError {
    let (first, second) = pair();
    first.inject("generations", fault.clone(), 1);
    let clients = [client(&first), client(&second)];
    let error = submit_first(&clients, &request())
        .await
        .expect_err("no failover after a create that may have been taken");
    assert!(error.may_have_been_taken(), "{fault:?}: {error}");
    assert_eq!(error.attempts.len(), 1);
    assert_eq!(error.attempts[0].provider, "xai");
    assert_eq!(error.attempts[0].verdict, Verdict::MaybeTaken);
    assert!(
        matches!(error.last_error(), Some(Error::MaybeCharged { .. })),
        "{fault:?}: reported as maybe charged: {error}"
    );
    assert_eq!(
        (creates(&first), creates(&second)),
        (1, 0),
        "{fault:?}: the second provider must never see the create"
    );
    error
}

#[tokio::test]
async fn a_500_after_the_create_arrived_stops_the_failover() {
    let error = stops_after(Fault::Status {
        code: 500,
        retry_after: None,
    })
    .await;
    assert!(
        matches!(error.last_error().map(Error::underlying), Some(Error::Vendor(v)) if v.http_status == 500)
    );
    assert!(error.to_string().starts_with(
        "stopped: the create may have reached a vendor, so no other provider was tried\n  xai: may have taken the request: "
    ), "{error}");
}

#[tokio::test]
async fn a_connection_dropped_mid_reply_stops_the_failover() {
    let error = stops_after(Fault::DropMidBody).await;
    assert!(
        matches!(
            error.last_error().map(Error::underlying),
            Some(Error::MaybeSent { .. })
        ),
        "{error}"
    );
}

#[tokio::test]
async fn an_unreadable_reply_stops_the_failover() {
    let error = stops_after(Fault::MalformedJson).await;
    assert!(
        matches!(
            error.last_error().map(Error::underlying),
            Some(Error::UnexpectedResponse { .. })
        ),
        "{error}"
    );
}

#[tokio::test]
async fn a_timeout_stops_the_failover() {
    let error = stops_after(Fault::Latency(Duration::from_secs(3))).await;
    assert!(
        matches!(
            error.last_error().map(Error::underlying),
            Some(Error::MaybeSent {
                timed_out: true,
                ..
            })
        ),
        "{error}"
    );
}

#[tokio::test]
async fn when_every_provider_refuses_each_outcome_is_reported() {
    let (first, second) = pair();
    let refuse = Fault::Status {
        code: 403,
        retry_after: None,
    };
    first.inject("generations", refuse.clone(), 1);
    second.inject("create", refuse, 1);
    let error = submit_first(&[client(&first), client(&second)], &request())
        .await
        .unwrap_err();
    assert!(!error.may_have_been_taken());
    let outcomes: Vec<(&str, Verdict)> = error
        .attempts
        .iter()
        .map(|a| (a.provider, a.verdict))
        .collect();
    assert_eq!(
        outcomes,
        [("xai", Verdict::Refused), ("aizfw", Verdict::Refused)]
    );
    let text = error.to_string();
    assert!(
        text.starts_with("no provider took the request\n  xai: refused by the vendor: "),
        "{text}"
    );
    assert!(
        text.contains("\n  aizfw: refused by the vendor: "),
        "{text}"
    );
    assert_eq!((creates(&first), creates(&second)), (1, 1));
    // No providers at all.
    let none = submit_first(&[], &request()).await.unwrap_err();
    assert_eq!(none.to_string(), "no provider to submit to");
}

#[tokio::test]
async fn the_task_taken_after_failover_completes() {
    let (first, second) = pair();
    first.inject(
        "generations",
        Fault::Status {
            code: 400,
            retry_after: None,
        },
        1,
    );
    let clients = [client(&first), client(&second)];
    let req = request().image(ImageInput::Url("https://example.com/cat.png".into()));
    let taken = submit_first(&clients, &req).await.unwrap();
    let done = clients[taken.index]
        .wait(
            &taken.handle,
            &grokvid::WaitOptions::quick(Duration::from_secs(10)),
            |_| {},
        )
        .await
        .unwrap();
    assert_eq!(done.status, TaskStatus::Completed);
    assert_eq!(taken.handle.model.as_deref(), Some("grok_video3"));
}

#[test]
fn verdicts_follow_what_the_error_proves() {
    let vendor = |status: u16| {
        Error::Vendor(VendorError {
            operation: "x.create".into(),
            http_status: status,
            code: None,
            message: String::new(),
            retry_after: None,
            final_because: None,
        })
    };
    let cases = [
        (
            Error::Invalid(grokvid::Violations::new()),
            Verdict::Rejected,
        ),
        (
            Error::Unsupported {
                provider: "p".into(),
                field: "f".into(),
                limit: "l".into(),
            },
            Verdict::Rejected,
        ),
        (Error::Config("c".into()), Verdict::Rejected),
        (
            Error::NotSent {
                operation: "o".into(),
                reason: "r".into(),
            },
            Verdict::Unreachable,
        ),
        (vendor(400), Verdict::Refused),
        (vendor(401), Verdict::Refused),
        (vendor(429), Verdict::Refused),
        (vendor(500), Verdict::MaybeTaken),
        (vendor(503), Verdict::MaybeTaken),
        // An envelope error arrives with HTTP 200: nothing proves the create was not taken.
        (vendor(200), Verdict::MaybeTaken),
        (
            Error::MaybeSent {
                operation: "o".into(),
                reason: "r".into(),
                timed_out: true,
            },
            Verdict::MaybeTaken,
        ),
        (
            Error::UnexpectedResponse {
                operation: "o".into(),
                http_status: 400,
                reason: "r".into(),
                body: String::new(),
            },
            Verdict::MaybeTaken,
        ),
    ];
    for (error, verdict) in cases {
        assert_eq!(Verdict::of(&error), verdict, "{error:?}");
        assert_eq!(verdict.moves_on(), verdict != Verdict::MaybeTaken);
    }
}
