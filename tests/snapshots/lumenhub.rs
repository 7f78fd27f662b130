// Generated from specs/lumenhub.yaml by grokvid-codegen; do not edit. Refresh: UPDATE_SNAPSHOTS=1 cargo test -p grokvid-tests --test snapshots
/// LumenHub: generated from `specs/lumenhub.yaml`.
///
/// Fictional vendor (test fixture for the spec language, not a real service). Jobs are created on POST /v2/models/{model}/jobs with the parameters wrapped in "input", and polled on GET /v2/jobs with the job reference in the X-Job-Ref header. Every reply is {"ok": bool, "result": {"job": {...}}}.
///
/// Vendor docs: <https://docs.lumenhub.example/v2/jobs>
pub mod lumenhub {
    use ::grokvid::rt;
    rt::client!(
        #[doc =
        " A client for LumenHub. The key is read from `LUMENHUB_API_KEY` by [`Client::from_env`]; the base URL, timeouts and retries come from `grokvid::ClientConfig`."]
        Client, PROVIDER
    );
    impl Client {
        /// Start a render job on the given model.
        ///
        /// `POST /v2/models/{model}/jobs`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn create(
            &self,
            request: &CreateRequest,
        ) -> Result<rt::Reply<CreateResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Get a job; the job reference travels in the X-Job-Ref header.
        ///
        /// `GET /v2/jobs`.
        pub async fn query(
            &self,
            request: &QueryRequest,
        ) -> Result<rt::Reply<QueryResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Cancel a queued or running job.
        ///
        /// `DELETE /v2/jobs`.
        pub async fn cancel(
            &self,
            request: &CancelRequest,
        ) -> Result<rt::Reply<CancelResponse>, rt::Error> {
            self.inner.send(request).await
        }
    }
    /// LumenHub video models.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Model {
        /// `lumen-grok-v1`: Standard quality, 2 to 12 seconds.
        LumenGrokV1,
        /// `lumen-grok-v1-turbo`: Faster and cheaper; at most 8 seconds and 24 fps.
        LumenGrokV1Turbo,
    }
    impl rt::WireEnum for Model {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Model",
            &[rt::Scalar::Str("lumen-grok-v1"), rt::Scalar::Str("lumen-grok-v1-turbo")],
        );
        const ALL: &'static [Self] = &[Self::LumenGrokV1, Self::LumenGrokV1Turbo];
    }
    rt::wire_enum!(Model);
    /// Output frame rate.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Fps {
        /// `24`: Cinematic 24 frames per second.
        Fps24,
        /// `30`: 30 frames per second.
        Fps30,
    }
    impl rt::WireEnum for Fps {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Fps",
            &[rt::Scalar::Int(24), rt::Scalar::Int(30)],
        );
        const ALL: &'static [Self] = &[Self::Fps24, Self::Fps30];
    }
    rt::wire_enum!(Fps);
    /// Job phase words.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Phase {
        /// `IN_QUEUE`: Waiting for a worker.
        InQueue,
        /// `RUNNING`: Rendering; progress is a percentage string such as "42%".
        Running,
        /// `SUCCEEDED`: Done; outputs[0][0] is the video URL.
        Succeeded,
        /// `ERROR`: Failed; failure.reason says why.
        Error,
        /// `CANCELED`: Cancelled by the client.
        Canceled,
        /// `TIMED_OUT`: Gave up after the render time limit (a failure, not an expired result).
        TimedOut,
        /// `PURGED`: The result was deleted after its 24-hour retention; outputs are gone.
        Purged,
    }
    impl rt::WireEnum for Phase {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Phase",
            &[
                rt::Scalar::Str("IN_QUEUE"),
                rt::Scalar::Str("RUNNING"),
                rt::Scalar::Str("SUCCEEDED"),
                rt::Scalar::Str("ERROR"),
                rt::Scalar::Str("CANCELED"),
                rt::Scalar::Str("TIMED_OUT"),
                rt::Scalar::Str("PURGED"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::InQueue,
            Self::Running,
            Self::Succeeded,
            Self::Error,
            Self::Canceled,
            Self::TimedOut,
            Self::Purged,
        ];
    }
    rt::wire_enum!(Phase);
    /// Why a job failed.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct Failure {
        /// Machine-readable failure code (for example NSFW_BLOCKED, RENDER_CRASH).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        /// Human-readable failure reason.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reason: Option<String>,
    }
    impl Failure {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("code", rt::Shape::STRING)
                .doc(
                    "Machine-readable failure code (for example NSFW_BLOCKED, RENDER_CRASH).",
                ),
            rt::Field::body("reason", rt::Shape::STRING)
                .doc("Human-readable failure reason."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self { code: None, reason: None }
        }
    }
    rt::default_is_new!(Failure);
    rt::object!(Failure);
    /// A render job.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct Job {
        /// Job reference; send it in X-Job-Ref to poll or cancel.
        ///
        /// Sent as `ref`.
        #[serde(rename = "ref")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reference: Option<String>,
        /// Job phase.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phase: Option<Phase>,
        /// Model the job runs on.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Progress as a percentage string, "0%" to "100%".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub progress: Option<String>,
        /// Rendered files as a list of takes, each a list of URLs (the first URL of the first take is the video; the others are alternative encodings).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub outputs: Option<rt::serde_json::Value>,
        /// Present when the phase is ERROR or TIMED_OUT.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub failure: Option<Failure>,
        /// Creation time, RFC 3339.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub created: Option<String>,
    }
    impl Job {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("ref", rt::Shape::STRING)
                .doc("Job reference; send it in X-Job-Ref to poll or cancel."),
            rt::Field::body(
                    "phase",
                    rt::Shape::enumeration(<Phase as rt::WireEnum>::INFO),
                )
                .doc("Job phase."),
            rt::Field::body("model", rt::Shape::STRING).doc("Model the job runs on."),
            rt::Field::body("progress", rt::Shape::STRING)
                .doc("Progress as a percentage string, \"0%\" to \"100%\"."),
            rt::Field::body("outputs", rt::Shape::JSON)
                .doc(
                    "Rendered files as a list of takes, each a list of URLs (the first URL of the first take is the video; the others are alternative encodings).",
                ),
            rt::Field::body("failure", rt::Shape::object(Failure::FIELDS))
                .doc("Present when the phase is ERROR or TIMED_OUT."),
            rt::Field::body("created", rt::Shape::STRING).doc("Creation time, RFC 3339."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self {
                reference: None,
                phase: None,
                model: None,
                progress: None,
                outputs: None,
                failure: None,
                created: None,
            }
        }
    }
    rt::default_is_new!(Job);
    rt::object!(Job);
    /// The result wrapper of every reply.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct JobResult {
        /// The job.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub job: Option<Job>,
    }
    impl JobResult {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("job", rt::Shape::object(Job::FIELDS)).doc("The job."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self { job: None }
        }
    }
    rt::default_is_new!(JobResult);
    rt::object!(JobResult);
    /// What to render, 1 to 2000 characters.
    ///
    /// Checked on construction: 1 to 2000 characters.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub struct Prompt(String);
    impl Prompt {
        /// The limits the vendor documents.
        pub const LIMITS: rt::Limits = rt::Limits::NONE
            .with_min_length(1)
            .with_max_length(2000);
    }
    rt::newtype!(Prompt, String, "prompt");
    /// Length in seconds, 2 to 12 (at most 8 on lumen-grok-v1-turbo). Default 5.
    ///
    /// Checked on construction: 2 ≤ value ≤ 12.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct Duration(i64);
    impl Duration {
        /// The limits the vendor documents.
        pub const LIMITS: rt::Limits = rt::Limits::NONE.with_min(2.0).with_max(12.0);
    }
    rt::newtype!(Duration, i64, "duration");
    /// Frame shape (16:9, 9:16 or 1:1). Ignored when init_image is given.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Framing {
        /// `landscape`
        Landscape,
        /// `portrait`
        Portrait,
        /// `square`
        Square,
    }
    impl rt::WireEnum for Framing {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Framing",
            &[
                rt::Scalar::Str("landscape"),
                rt::Scalar::Str("portrait"),
                rt::Scalar::Str("square"),
            ],
        );
        const ALL: &'static [Self] = &[Self::Landscape, Self::Portrait, Self::Square];
    }
    rt::wire_enum!(Framing);
    /// How closely to follow the prompt, 1.0 to 12.0. Default 7.5.
    ///
    /// Checked on construction: 1 ≤ value ≤ 12.
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Guidance(f64);
    impl Guidance {
        /// The limits the vendor documents.
        pub const LIMITS: rt::Limits = rt::Limits::NONE.with_min(1.0).with_max(12.0);
    }
    rt::newtype!(Guidance, f64, "guidance");
    /// What to avoid, up to 500 characters.
    ///
    /// Checked on construction: at most 500 characters.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub struct NegativePrompt(String);
    impl NegativePrompt {
        /// The limits the vendor documents.
        pub const LIMITS: rt::Limits = rt::Limits::NONE.with_max_length(500);
    }
    rt::newtype!(NegativePrompt, String, "negative_prompt");
    /// Random seed for reproducible renders.
    ///
    /// Checked on construction: 0 ≤ value ≤ 4294967295.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct Seed(i64);
    impl Seed {
        /// The limits the vendor documents.
        pub const LIMITS: rt::Limits = rt::Limits::NONE
            .with_min(0.0)
            .with_max(4294967295.0);
    }
    rt::newtype!(Seed, i64, "seed");
    /// Start a render job on the given model.
    ///
    /// `POST /v2/models/{model}/jobs` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CreateRequest {
        /// Model to run (part of the path).
        #[serde(skip_serializing)]
        pub model: Model,
        /// What to render, 1 to 2000 characters.
        pub prompt: Prompt,
        /// Length in seconds, 2 to 12 (at most 8 on lumen-grok-v1-turbo). Default 5.
        ///
        /// Default `5` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<Duration>,
        /// Frame rate, 24 or 30. The API rejects jobs without it, so the client always sends it (24 by default).
        ///
        /// Default `24` (sent by the client).
        #[serde(default = "CreateRequest::default_fps")]
        pub fps: Fps,
        /// Frame shape (16:9, 9:16 or 1:1). Ignored when init_image is given.
        ///
        /// Default `landscape` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub framing: Option<Framing>,
        /// How closely to follow the prompt, 1.0 to 12.0. Default 7.5.
        ///
        /// Default `7.5` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub guidance: Option<Guidance>,
        /// First frame image (an https: or data: URL).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub init_image: Option<rt::Url>,
        /// Up to 3 style reference images.
        ///
        /// At most 3 items.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub style_refs: Option<Vec<rt::Url>>,
        /// What to avoid, up to 500 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub negative_prompt: Option<NegativePrompt>,
        /// Random seed for reproducible renders.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub seed: Option<Seed>,
        /// Make the last frame match the first.
        ///
        /// Sent as `loop`.
        #[serde(rename = "loop")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub looped: Option<bool>,
    }
    impl CreateRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(model: Model, prompt: Prompt) -> Self {
            Self {
                model,
                prompt,
                duration: None,
                fps: Self::default_fps(),
                framing: None,
                guidance: None,
                init_image: None,
                style_refs: None,
                negative_prompt: None,
                seed: None,
                looped: None,
            }
        }
        fn default_fps() -> Fps {
            Fps::Fps24
        }
        /// Sets `fps`.
        pub fn fps(mut self, value: Fps) -> Self {
            self.fps = value;
            self
        }
    }
    impl rt::FieldAccess for CreateRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "model" => rt::FieldValue::field_ref(&self.model),
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "duration" => rt::FieldValue::field_ref(&self.duration),
                "fps" => rt::FieldValue::field_ref(&self.fps),
                "framing" => rt::FieldValue::field_ref(&self.framing),
                "guidance" => rt::FieldValue::field_ref(&self.guidance),
                "init_image" => rt::FieldValue::field_ref(&self.init_image),
                "style_refs" => rt::FieldValue::field_ref(&self.style_refs),
                "negative_prompt" => rt::FieldValue::field_ref(&self.negative_prompt),
                "seed" => rt::FieldValue::field_ref(&self.seed),
                "loop" => rt::FieldValue::field_ref(&self.looped),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for CreateRequest {
        type Response = CreateResponse;
        fn operation() -> &'static rt::Operation {
            &CREATE
        }
        fn write_params(&self, out: &mut rt::Params) {
            out.path("model", &self.model);
        }
        /// The operation's rules and list limits, checked on the fields with the spec's values
        /// inlined (`validate` runs the rule engine, which words the violations, only when this is
        /// false):
        ///
        /// - `style_refs_items`: `style_refs` holds at most 3 items (the field's limits)
        /// - `rule_0`: "lumen-grok-v1-turbo renders at most 8 seconds"
        /// - `rule_1`: "lumen-grok-v1-turbo renders at 24 fps only"
        /// - `rule_2`: "init_image and style_refs cannot be combined"
        /// - `rule_3`: "framing follows the init image"
        #[inline]
        fn rules_hold(&self) -> bool {
            let model = rt::FieldValue::field_ref(&self.model);
            let duration = rt::FieldValue::field_ref(&self.duration);
            let fps = rt::FieldValue::field_ref(&self.fps);
            let framing = rt::FieldValue::field_ref(&self.framing);
            let init_image = rt::FieldValue::field_ref(&self.init_image);
            let style_refs = rt::FieldValue::field_ref(&self.style_refs);
            let style_refs_items = style_refs.items_ok(None, Some(3));
            let rule_0 = !model.equals_any(&[rt::Scalar::Str("lumen-grok-v1-turbo")])
                || duration.range_ok(None, Some(8.0));
            let rule_1 = !model.equals_any(&[rt::Scalar::Str("lumen-grok-v1-turbo")])
                || fps.allowed_ok(&[rt::Scalar::Int(24)]);
            let rule_2 = rt::FieldRef::exclusive_ok([init_image, style_refs]);
            let rule_3 = !init_image.is_set() || rt::FieldRef::forbidden_ok([framing]);
            style_refs_items && rule_0 && rule_1 && rule_2 && rule_3
        }
    }
    ///The table of `create`.
    #[doc(hidden)]
    pub static CREATE: rt::Operation = rt::Operation::new(
            "create",
            rt::Role::Create,
            rt::Method::Post,
            rt::PathTemplate::new(
                &[
                    rt::Seg::Lit("/v2/models/"),
                    rt::Seg::Param("model"),
                    rt::Seg::Lit("/jobs"),
                ],
            ),
        )
        .with_body(rt::BodyKind::Json)
        .with_wrap("input")
        .with_params(
            &[
                rt::Field::path(
                        "model",
                        rt::Shape::enumeration(<Model as rt::WireEnum>::INFO),
                    )
                    .doc("Model to run (part of the path)."),
                rt::Field::body("prompt", rt::Shape::STRING.with_limits(Prompt::LIMITS))
                    .required()
                    .doc("What to render, 1 to 2000 characters."),
                rt::Field::body(
                        "duration",
                        rt::Shape::INTEGER.with_limits(Duration::LIMITS),
                    )
                    .default(rt::Scalar::Int(5))
                    .doc(
                        "Length in seconds, 2 to 12 (at most 8 on lumen-grok-v1-turbo). Default 5.",
                    ),
                rt::Field::body(
                        "fps",
                        rt::Shape::enumeration(<Fps as rt::WireEnum>::INFO),
                    )
                    .client_default(rt::Scalar::Int(24))
                    .doc(
                        "Frame rate, 24 or 30. The API rejects jobs without it, so the client always sends it (24 by default).",
                    ),
                rt::Field::body(
                        "framing",
                        rt::Shape::enumeration(<Framing as rt::WireEnum>::INFO),
                    )
                    .default(rt::Scalar::Str("landscape"))
                    .doc(
                        "Frame shape (16:9, 9:16 or 1:1). Ignored when init_image is given.",
                    ),
                rt::Field::body(
                        "guidance",
                        rt::Shape::NUMBER.with_limits(Guidance::LIMITS),
                    )
                    .default(rt::Scalar::Num(7.5))
                    .doc("How closely to follow the prompt, 1.0 to 12.0. Default 7.5."),
                rt::Field::body("init_image", rt::Shape::URL)
                    .doc("First frame image (an https: or data: URL)."),
                rt::Field::body(
                        "style_refs",
                        rt::Shape::list(&rt::Shape::URL)
                            .with_limits(rt::Limits::NONE.with_max_items(3)),
                    )
                    .doc("Up to 3 style reference images."),
                rt::Field::body(
                        "negative_prompt",
                        rt::Shape::STRING.with_limits(NegativePrompt::LIMITS),
                    )
                    .doc("What to avoid, up to 500 characters."),
                rt::Field::body("seed", rt::Shape::INTEGER.with_limits(Seed::LIMITS))
                    .doc("Random seed for reproducible renders."),
                rt::Field::body("loop", rt::Shape::BOOLEAN)
                    .doc("Make the last frame match the first."),
            ],
        )
        .with_rules(
            &[
                rt::Rule::new(rt::Check::Range {
                        field: "duration",
                        min: None,
                        max: Some(8.0),
                    })
                    .with_when(
                        &[
                            rt::Condition::Equals {
                                field: "model",
                                any_of: &[rt::Scalar::Str("lumen-grok-v1-turbo")],
                            },
                        ],
                    )
                    .with_message("lumen-grok-v1-turbo renders at most 8 seconds"),
                rt::Rule::new(rt::Check::Allowed {
                        field: "fps",
                        values: &[rt::Scalar::Int(24)],
                    })
                    .with_when(
                        &[
                            rt::Condition::Equals {
                                field: "model",
                                any_of: &[rt::Scalar::Str("lumen-grok-v1-turbo")],
                            },
                        ],
                    )
                    .with_message("lumen-grok-v1-turbo renders at 24 fps only"),
                rt::Rule::new(rt::Check::Exclusive(&["init_image", "style_refs"]))
                    .with_message("init_image and style_refs cannot be combined"),
                rt::Rule::new(rt::Check::Forbidden(&["framing"]))
                    .with_when(&[rt::Condition::Set("init_image")])
                    .with_message("framing follows the init image"),
            ],
        )
        .with_response(
            rt::Response::new(CreateResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("result.job.ref")])
                        .with_status(
                            &[
                                rt::StatusStep::word(
                                    rt::path!("result.job.phase"),
                                    &[
                                        ("IN_QUEUE", &rt::TaskStatus::Queued),
                                        ("RUNNING", &rt::TaskStatus::Processing),
                                        ("SUCCEEDED", &rt::TaskStatus::Completed),
                                        ("ERROR", &rt::TaskStatus::Failed),
                                        ("CANCELED", &rt::TaskStatus::Cancelled),
                                        ("TIMED_OUT", &rt::TaskStatus::Failed),
                                        ("PURGED", &rt::TaskStatus::Expired),
                                    ],
                                ),
                                rt::StatusStep::otherwise(&rt::TaskStatus::Queued),
                            ],
                        )
                        .with_progress(&[rt::path!("result.job.progress")])
                        .with_video_url(&[rt::path!("result.job.outputs[0][0]")])
                        .with_error(&[rt::path!("result.job.failure.reason")])
                        .with_error_code(&[rt::path!("result.job.failure.code")])
                        .with_created_at(
                            &[(rt::path!("result.job.created"), rt::TimeForm::Iso8601)],
                        ),
                )
                .with_times(&[(rt::path!("result.job.created"), rt::TimeForm::Iso8601)]),
        )
        .with_unified(
            rt::Unified::NONE
                .with_prompt(rt::Neutral::new("prompt"))
                .with_model(rt::Neutral::new("model"))
                .with_duration(rt::Neutral::new("duration"))
                .with_aspect_ratio(
                    rt::Neutral::new("framing")
                        .with_values(
                            &[
                                ("16:9", "landscape"),
                                ("9:16", "portrait"),
                                ("1:1", "square"),
                            ],
                        ),
                )
                .with_images(rt::Neutral::new("init_image")),
        );
    /// Reply of `create` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct CreateResponse {
        /// True on success.
        #[serde(deserialize_with = "rt::lenient::boolean")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ok: Option<bool>,
        /// The created job.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub result: Option<JobResult>,
    }
    impl CreateResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("ok", rt::Shape::BOOLEAN).doc("True on success."),
            rt::Field::body("result", rt::Shape::object(JobResult::FIELDS))
                .doc("The created job."),
        ];
    }
    /// Get a job; the job reference travels in the X-Job-Ref header.
    ///
    /// `GET /v2/jobs`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct QueryRequest {
        /// The job reference returned by create (result.job.ref).
        ///
        /// Sent as `X-Job-Ref`.
        #[serde(rename = "X-Job-Ref")]
        #[serde(skip_serializing)]
        pub job_ref: String,
    }
    impl QueryRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(job_ref: impl Into<String>) -> Self {
            Self { job_ref: job_ref.into() }
        }
    }
    impl rt::FieldAccess for QueryRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "X-Job-Ref" => rt::FieldValue::field_ref(&self.job_ref),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for QueryRequest {
        type Response = QueryResponse;
        fn operation() -> &'static rt::Operation {
            &QUERY
        }
        fn write_params(&self, out: &mut rt::Params) {
            out.header("X-Job-Ref", &self.job_ref);
        }
        /// No rules and no list limits: nothing to check across fields.
        fn rules_hold(&self) -> bool {
            true
        }
    }
    ///The table of `query`.
    #[doc(hidden)]
    pub static QUERY: rt::Operation = rt::Operation::new(
            "query",
            rt::Role::Query,
            rt::Method::Get,
            rt::PathTemplate::new(&[rt::Seg::Lit("/v2/jobs")]),
        )
        .with_params(
            &[
                rt::Field::header("X-Job-Ref", rt::Shape::STRING)
                    .required()
                    .task_id()
                    .doc("The job reference returned by create (result.job.ref)."),
            ],
        )
        .with_consts(
            &[rt::Const::new("view", rt::ParamLocation::Query, rt::Scalar::Str("full"))],
        )
        .with_response(
            rt::Response::new(QueryResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("result.job.ref")])
                        .with_status(
                            &[
                                rt::StatusStep::word(
                                    rt::path!("result.job.phase"),
                                    &[
                                        ("IN_QUEUE", &rt::TaskStatus::Queued),
                                        ("RUNNING", &rt::TaskStatus::Processing),
                                        ("SUCCEEDED", &rt::TaskStatus::Completed),
                                        ("ERROR", &rt::TaskStatus::Failed),
                                        ("CANCELED", &rt::TaskStatus::Cancelled),
                                        ("TIMED_OUT", &rt::TaskStatus::Failed),
                                        ("PURGED", &rt::TaskStatus::Expired),
                                    ],
                                ),
                            ],
                        )
                        .with_progress(&[rt::path!("result.job.progress")])
                        .with_video_url(&[rt::path!("result.job.outputs[0][0]")])
                        .with_error(&[rt::path!("result.job.failure.reason")])
                        .with_error_code(&[rt::path!("result.job.failure.code")])
                        .with_created_at(
                            &[(rt::path!("result.job.created"), rt::TimeForm::Iso8601)],
                        ),
                )
                .with_times(&[(rt::path!("result.job.created"), rt::TimeForm::Iso8601)]),
        );
    /// Reply of `query` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct QueryResponse {
        /// True on success.
        #[serde(deserialize_with = "rt::lenient::boolean")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ok: Option<bool>,
        /// The job.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub result: Option<JobResult>,
    }
    impl QueryResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("ok", rt::Shape::BOOLEAN).doc("True on success."),
            rt::Field::body("result", rt::Shape::object(JobResult::FIELDS))
                .doc("The job."),
        ];
    }
    /// Cancel a queued or running job.
    ///
    /// `DELETE /v2/jobs`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CancelRequest {
        /// The job reference to cancel.
        ///
        /// Sent as `X-Job-Ref`.
        #[serde(rename = "X-Job-Ref")]
        #[serde(skip_serializing)]
        pub job_ref: String,
    }
    impl CancelRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(job_ref: impl Into<String>) -> Self {
            Self { job_ref: job_ref.into() }
        }
    }
    impl rt::FieldAccess for CancelRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "X-Job-Ref" => rt::FieldValue::field_ref(&self.job_ref),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for CancelRequest {
        type Response = CancelResponse;
        fn operation() -> &'static rt::Operation {
            &CANCEL
        }
        fn write_params(&self, out: &mut rt::Params) {
            out.header("X-Job-Ref", &self.job_ref);
        }
        /// No rules and no list limits: nothing to check across fields.
        fn rules_hold(&self) -> bool {
            true
        }
    }
    ///The table of `cancel`.
    #[doc(hidden)]
    pub static CANCEL: rt::Operation = rt::Operation::new(
            "cancel",
            rt::Role::Other,
            rt::Method::Delete,
            rt::PathTemplate::new(&[rt::Seg::Lit("/v2/jobs")]),
        )
        .with_params(
            &[
                rt::Field::header("X-Job-Ref", rt::Shape::STRING)
                    .required()
                    .task_id()
                    .doc("The job reference to cancel."),
            ],
        )
        .with_response(
            rt::Response::new(CancelResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("result.job.ref")])
                        .with_status(
                            &[
                                rt::StatusStep::word(
                                    rt::path!("result.job.phase"),
                                    &[
                                        ("IN_QUEUE", &rt::TaskStatus::Queued),
                                        ("RUNNING", &rt::TaskStatus::Processing),
                                        ("SUCCEEDED", &rt::TaskStatus::Completed),
                                        ("ERROR", &rt::TaskStatus::Failed),
                                        ("CANCELED", &rt::TaskStatus::Cancelled),
                                        ("TIMED_OUT", &rt::TaskStatus::Failed),
                                        ("PURGED", &rt::TaskStatus::Expired),
                                    ],
                                ),
                            ],
                        )
                        .with_progress(&[rt::path!("result.job.progress")])
                        .with_video_url(&[rt::path!("result.job.outputs[0][0]")])
                        .with_error(&[rt::path!("result.job.failure.reason")])
                        .with_error_code(&[rt::path!("result.job.failure.code")]),
                ),
        );
    /// Reply of `cancel` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct CancelResponse {
        /// True on success.
        #[serde(deserialize_with = "rt::lenient::boolean")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ok: Option<bool>,
        /// The job, now CANCELED.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub result: Option<JobResult>,
    }
    impl CancelResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("ok", rt::Shape::BOOLEAN).doc("True on success."),
            rt::Field::body("result", rt::Shape::object(JobResult::FIELDS))
                .doc("The job, now CANCELED."),
        ];
    }
    /// Everything the runtime needs to know about this provider, read from its spec, with the
    /// entry points of each operation's typed request.
    #[doc(hidden)]
    pub static PROVIDER: rt::Provider = rt::Provider::new(
        rt::ProviderTable::new(
                "lumenhub",
                "LumenHub",
                "https://api.lumenhub.example",
                rt::Auth::header("X-API-Key", "", "LUMENHUB_API_KEY"),
            )
            .with_docs("https://docs.lumenhub.example/v2/jobs")
            .with_polling(rt::Polling::new(2000, 5000))
            .with_envelope(rt::Envelope::new(rt::path!("ok"), &["true"]))
            .with_errors(
                rt::ErrorPaths::new(
                    &[rt::path!("error.kind"), rt::path!("result.job.failure.code")],
                    &[rt::path!("error.detail"), rt::path!("result.job.failure.reason")],
                ),
            )
            .with_operations(&[&CREATE, &QUERY, &CANCEL]),
        &[
            rt::Entry::json::<CreateRequest>(&CREATE),
            rt::Entry::json::<QueryRequest>(&QUERY),
            rt::Entry::json::<CancelRequest>(&CANCEL),
        ],
    );
}
