// Generated from specs/geeknow.yaml by grokvid-codegen; do not edit. Refresh: UPDATE_SNAPSHOTS=1 cargo test -p grokvid-tests --test snapshots
/// GeekNow: generated from `specs/geeknow.yaml`.
///
/// OpenAI-style (new-api) reseller. Create is multipart/form-data on POST /v1/videos with repeatable input_reference image files; poll GET /v1/videos/{task_id}; download from video_url, or from GET /v1/videos/{task_id}/content when that fails.
///
/// Vendor docs: <https://docs.geeknow.top/api-reference/videos/grok/create>
pub mod geeknow {
    use ::grokvid::rt;
    rt::client!(
        #[doc =
        " A client for GeekNow. The key is read from `GEEKNOW_API_KEY` by [`Client::from_env`]; the base URL, timeouts and retries come from `grokvid::ClientConfig`."]
        Client, PROVIDER
    );
    impl Client {
        /// Create a Grok video task (text-to-video, or image-to-video with input_reference files).
        ///
        /// `POST /v1/videos`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn create(
            &self,
            request: &CreateRequest,
        ) -> Result<rt::Reply<CreateResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Get a video task's status and result.
        ///
        /// `GET /v1/videos/{task_id}`.
        pub async fn query(
            &self,
            request: &QueryRequest,
        ) -> Result<rt::Reply<QueryResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Download the finished video (fallback when downloading video_url fails). Proxies the file as video/mp4; some gateways answer with a 302 redirect instead, which must be followed. Errors come back as JSON.
        ///
        /// `GET /v1/videos/{task_id}/content`.
        pub async fn content(
            &self,
            request: &ContentRequest,
        ) -> Result<rt::Content, rt::Error> {
            self.inner.fetch_content(request).await
        }
    }
    /// Grok video models sold by GeekNow.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Model {
        /// `grok-video-3`: Base model; the requested seconds are used as given.
        GrokVideo3,
        /// `grok-video-3-pro`: Always renders 10 seconds (the server corrects seconds).
        GrokVideo3Pro,
        /// `grok-video-3-max`: Always renders 15 seconds (the server corrects seconds).
        GrokVideo3Max,
    }
    impl rt::WireEnum for Model {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Model",
            &[
                rt::Scalar::Str("grok-video-3"),
                rt::Scalar::Str("grok-video-3-pro"),
                rt::Scalar::Str("grok-video-3-max"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::GrokVideo3,
            Self::GrokVideo3Pro,
            Self::GrokVideo3Max,
        ];
    }
    rt::wire_enum!(Model);
    /// Task status words.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Status {
        /// `queued`: Waiting in the queue.
        Queued,
        /// `processing`: Being generated.
        Processing,
        /// `completed`: Finished; the video is at video_url (or output.url).
        Completed,
        /// `failed`: Failed; see error.
        Failed,
        /// `cancelled`: Cancelled.
        Cancelled,
    }
    impl rt::WireEnum for Status {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Status",
            &[
                rt::Scalar::Str("queued"),
                rt::Scalar::Str("processing"),
                rt::Scalar::Str("completed"),
                rt::Scalar::Str("failed"),
                rt::Scalar::Str("cancelled"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::Queued,
            Self::Processing,
            Self::Completed,
            Self::Failed,
            Self::Cancelled,
        ];
    }
    rt::wire_enum!(Status);
    /// Failure reason of a task.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct TaskError {
        /// Error message; empty while the task has not failed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Error code; empty while the task has not failed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
    }
    impl TaskError {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("message", rt::Shape::STRING)
                .doc("Error message; empty while the task has not failed."),
            rt::Field::body("code", rt::Shape::STRING)
                .doc("Error code; empty while the task has not failed."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self { message: None, code: None }
        }
    }
    rt::default_is_new!(TaskError);
    rt::object!(TaskError);
    /// Output object some channels return.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct Output {
        /// Final video URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
    }
    impl Output {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("url", rt::Shape::STRING).doc("Final video URL."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self { url: None }
        }
    }
    rt::default_is_new!(Output);
    rt::object!(Output);
    /// Nested detail object some channels return.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct Detail {
        /// Final video URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
    }
    impl Detail {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("url", rt::Shape::STRING).doc("Final video URL."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self { url: None }
        }
    }
    rt::default_is_new!(Detail);
    rt::object!(Detail);
    /// Create a Grok video task (text-to-video, or image-to-video with input_reference files).
    ///
    /// `POST /v1/videos` with a multipart body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CreateRequest {
        /// Model name; grok-video-3, grok-video-3-pro or grok-video-3-max.
        pub model: Model,
        /// Prompt text.
        pub prompt: String,
        /// Aspect ratio; common values are 2:3, 3:2 and 1:1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub aspect_ratio: Option<String>,
        /// Target length in seconds. For grok-video-3-pro and grok-video-3-max the server corrects it to the fixed value (10 and 15).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub seconds: Option<i64>,
        /// Resolution tier; common values are 720P and 1080P.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<String>,
        /// Reference image file; repeat the part to upload several images (image-to-video).
        ///
        /// Formats: png, jpeg, webp.
        #[serde(default, skip_serializing)]
        pub input_reference: Option<Vec<rt::Upload>>,
    }
    impl CreateRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(model: Model, prompt: impl Into<String>) -> Self {
            Self {
                model,
                prompt: prompt.into(),
                aspect_ratio: None,
                seconds: None,
                size: None,
                input_reference: None,
            }
        }
    }
    impl rt::FieldAccess for CreateRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "model" => rt::FieldValue::field_ref(&self.model),
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "aspect_ratio" => rt::FieldValue::field_ref(&self.aspect_ratio),
                "seconds" => rt::FieldValue::field_ref(&self.seconds),
                "size" => rt::FieldValue::field_ref(&self.size),
                "input_reference" => rt::FieldValue::field_ref(&self.input_reference),
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
            out.text("model", &self.model);
            out.text("prompt", &self.prompt);
            out.text("aspect_ratio", &self.aspect_ratio);
            out.text("seconds", &self.seconds);
            out.text("size", &self.size);
            out.file("input_reference", &self.input_reference);
        }
        fn check_files(&self, violations: &mut rt::Violations) {
            rt::check_uploads(
                "input_reference",
                &self.input_reference,
                &["png", "jpeg", "webp"],
                violations,
            );
        }
        /// The operation's rules and list limits, checked on the fields with the spec's values
        /// inlined (`validate` runs the rule engine, which words the violations, only when this is
        /// false):
        ///
        /// - `rule_0`: "grok-video-3-pro always renders 10 seconds"
        /// - `rule_1`: "grok-video-3-max always renders 15 seconds"
        #[inline]
        fn rules_hold(&self) -> bool {
            let model = rt::FieldValue::field_ref(&self.model);
            let seconds = rt::FieldValue::field_ref(&self.seconds);
            let rule_0 = !model.equals_any(&[rt::Scalar::Str("grok-video-3-pro")])
                || seconds.fixed_ok(&rt::Scalar::Int(10));
            let rule_1 = !model.equals_any(&[rt::Scalar::Str("grok-video-3-max")])
                || seconds.fixed_ok(&rt::Scalar::Int(15));
            rule_0 && rule_1
        }
    }
    ///The table of `create`.
    #[doc(hidden)]
    pub static CREATE: rt::Operation = rt::Operation::new(
            "create",
            rt::Role::Create,
            rt::Method::Post,
            rt::PathTemplate::new(&[rt::Seg::Lit("/v1/videos")]),
        )
        .with_body(rt::BodyKind::Multipart)
        .with_params(
            &[
                rt::Field::body(
                        "model",
                        rt::Shape::enumeration(<Model as rt::WireEnum>::INFO),
                    )
                    .required()
                    .doc(
                        "Model name; grok-video-3, grok-video-3-pro or grok-video-3-max.",
                    ),
                rt::Field::body("prompt", rt::Shape::STRING)
                    .required()
                    .doc("Prompt text."),
                rt::Field::body("aspect_ratio", rt::Shape::STRING)
                    .doc("Aspect ratio; common values are 2:3, 3:2 and 1:1."),
                rt::Field::body("seconds", rt::Shape::INTEGER)
                    .doc(
                        "Target length in seconds. For grok-video-3-pro and grok-video-3-max the server corrects it to the fixed value (10 and 15).",
                    ),
                rt::Field::body("size", rt::Shape::STRING)
                    .doc("Resolution tier; common values are 720P and 1080P."),
                rt::Field::body(
                        "input_reference",
                        rt::Shape::list(
                                &rt::Shape::FILE
                                    .with_limits(
                                        rt::Limits::NONE.with_accept(&["png", "jpeg", "webp"]),
                                    ),
                            )
                            .with_limits(
                                rt::Limits::NONE.with_accept(&["png", "jpeg", "webp"]),
                            ),
                    )
                    .doc(
                        "Reference image file; repeat the part to upload several images (image-to-video).",
                    ),
            ],
        )
        .with_rules(
            &[
                rt::Rule::new(rt::Check::Fixed {
                        field: "seconds",
                        value: rt::Scalar::Int(10),
                    })
                    .with_when(
                        &[
                            rt::Condition::Equals {
                                field: "model",
                                any_of: &[rt::Scalar::Str("grok-video-3-pro")],
                            },
                        ],
                    )
                    .with_message("grok-video-3-pro always renders 10 seconds"),
                rt::Rule::new(rt::Check::Fixed {
                        field: "seconds",
                        value: rt::Scalar::Int(15),
                    })
                    .with_when(
                        &[
                            rt::Condition::Equals {
                                field: "model",
                                any_of: &[rt::Scalar::Str("grok-video-3-max")],
                            },
                        ],
                    )
                    .with_message("grok-video-3-max always renders 15 seconds"),
            ],
        )
        .with_response(
            rt::Response::new(CreateResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("id"), rt::path!("task_id")])
                        .with_status(
                            &[
                                rt::StatusStep::word(
                                    rt::path!("status"),
                                    &[
                                        ("queued", &rt::TaskStatus::Queued),
                                        ("pending", &rt::TaskStatus::Queued),
                                        ("submitted", &rt::TaskStatus::Queued),
                                        ("created", &rt::TaskStatus::Queued),
                                        ("not_start", &rt::TaskStatus::Queued),
                                        ("notstarted", &rt::TaskStatus::Queued),
                                        ("preparing", &rt::TaskStatus::Queued),
                                        ("starting", &rt::TaskStatus::Queued),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("in_progress", &rt::TaskStatus::Processing),
                                        ("running", &rt::TaskStatus::Processing),
                                        ("generating", &rt::TaskStatus::Processing),
                                        ("completed", &rt::TaskStatus::Completed),
                                        ("complete", &rt::TaskStatus::Completed),
                                        ("success", &rt::TaskStatus::Completed),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("finished", &rt::TaskStatus::Completed),
                                        ("done", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                        ("failure", &rt::TaskStatus::Failed),
                                        ("fail", &rt::TaskStatus::Failed),
                                        ("error", &rt::TaskStatus::Failed),
                                        ("cancelled", &rt::TaskStatus::Cancelled),
                                        ("canceled", &rt::TaskStatus::Cancelled),
                                        ("expired", &rt::TaskStatus::Expired),
                                        ("unknown", rt::TaskStatus::UNKNOWN),
                                    ],
                                ),
                                rt::StatusStep::otherwise(&rt::TaskStatus::Queued),
                            ],
                        )
                        .with_progress(&[rt::path!("progress")])
                        .with_video_url(
                            &[
                                rt::path!("output.url"),
                                rt::path!("video_url"),
                                rt::path!("url"),
                                rt::path!("detail.url"),
                                rt::path!("metadata.url"),
                                rt::path!("metadata.result_url"),
                                rt::path!("data[0].url"),
                            ],
                        )
                        .with_error(&[rt::path!("error.message"), rt::path!("error")])
                        .with_error_code(&[rt::path!("error.code")])
                        .with_created_at(
                            &[(rt::path!("created_at"), rt::TimeForm::EpochS)],
                        ),
                )
                .with_times(&[(rt::path!("created_at"), rt::TimeForm::EpochS)]),
        )
        .with_unified(
            rt::Unified::NONE
                .with_prompt(rt::Neutral::new("prompt"))
                .with_model(rt::Neutral::new("model"))
                .with_duration(rt::Neutral::new("seconds"))
                .with_aspect_ratio(rt::Neutral::new("aspect_ratio"))
                .with_resolution(
                    rt::Neutral::new("size")
                        .with_values(&[("720p", "720P"), ("1080p", "1080P")]),
                )
                .with_images(rt::Neutral::new("input_reference")),
        );
    /// Reply of `create` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct CreateResponse {
        /// Task id.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Always "video".
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub object: Option<String>,
        /// The model actually submitted.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Task status.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<rt::Open<Status>>,
        /// Progress percentage.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub progress: Option<i64>,
        /// Creation Unix timestamp.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub created_at: Option<i64>,
        /// Output resolution tier.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub size: Option<String>,
    }
    impl CreateResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("id", rt::Shape::STRING).doc("Task id."),
            rt::Field::body("object", rt::Shape::STRING).doc("Always \"video\"."),
            rt::Field::body("model", rt::Shape::STRING)
                .doc("The model actually submitted."),
            rt::Field::body(
                    "status",
                    rt::Shape::enumeration(<Status as rt::WireEnum>::INFO),
                )
                .doc("Task status."),
            rt::Field::body("progress", rt::Shape::INTEGER).doc("Progress percentage."),
            rt::Field::body("created_at", rt::Shape::INTEGER)
                .doc("Creation Unix timestamp."),
            rt::Field::body("size", rt::Shape::STRING).doc("Output resolution tier."),
        ];
    }
    /// Get a video task's status and result.
    ///
    /// `GET /v1/videos/{task_id}`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct QueryRequest {
        /// The id returned by create (for example video_abc123).
        #[serde(skip_serializing)]
        pub task_id: String,
    }
    impl QueryRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(task_id: impl Into<String>) -> Self {
            Self { task_id: task_id.into() }
        }
    }
    impl rt::FieldAccess for QueryRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "task_id" => rt::FieldValue::field_ref(&self.task_id),
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
            out.path("task_id", &self.task_id);
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
            rt::PathTemplate::new(
                &[rt::Seg::Lit("/v1/videos/"), rt::Seg::Param("task_id")],
            ),
        )
        .with_params(
            &[
                rt::Field::path("task_id", rt::Shape::STRING)
                    .task_id()
                    .doc("The id returned by create (for example video_abc123)."),
            ],
        )
        .with_response(
            rt::Response::new(QueryResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("id"), rt::path!("task_id")])
                        .with_status(
                            &[
                                rt::StatusStep::word(
                                    rt::path!("status"),
                                    &[
                                        ("queued", &rt::TaskStatus::Queued),
                                        ("pending", &rt::TaskStatus::Queued),
                                        ("submitted", &rt::TaskStatus::Queued),
                                        ("created", &rt::TaskStatus::Queued),
                                        ("not_start", &rt::TaskStatus::Queued),
                                        ("notstarted", &rt::TaskStatus::Queued),
                                        ("preparing", &rt::TaskStatus::Queued),
                                        ("starting", &rt::TaskStatus::Queued),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("in_progress", &rt::TaskStatus::Processing),
                                        ("running", &rt::TaskStatus::Processing),
                                        ("generating", &rt::TaskStatus::Processing),
                                        ("completed", &rt::TaskStatus::Completed),
                                        ("complete", &rt::TaskStatus::Completed),
                                        ("success", &rt::TaskStatus::Completed),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("finished", &rt::TaskStatus::Completed),
                                        ("done", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                        ("failure", &rt::TaskStatus::Failed),
                                        ("fail", &rt::TaskStatus::Failed),
                                        ("error", &rt::TaskStatus::Failed),
                                        ("cancelled", &rt::TaskStatus::Cancelled),
                                        ("canceled", &rt::TaskStatus::Cancelled),
                                        ("expired", &rt::TaskStatus::Expired),
                                        ("unknown", rt::TaskStatus::UNKNOWN),
                                    ],
                                ),
                            ],
                        )
                        .with_progress(&[rt::path!("progress")])
                        .with_video_url(
                            &[
                                rt::path!("output.url"),
                                rt::path!("video_url"),
                                rt::path!("url"),
                                rt::path!("detail.url"),
                                rt::path!("metadata.url"),
                                rt::path!("metadata.result_url"),
                                rt::path!("data[0].url"),
                            ],
                        )
                        .with_error(&[rt::path!("error.message"), rt::path!("error")])
                        .with_error_code(&[rt::path!("error.code")])
                        .with_created_at(
                            &[(rt::path!("created_at"), rt::TimeForm::EpochS)],
                        )
                        .with_finished_at(
                            &[(rt::path!("completed_at"), rt::TimeForm::EpochS)],
                        ),
                )
                .with_times(
                    &[
                        (rt::path!("created_at"), rt::TimeForm::EpochS),
                        (rt::path!("completed_at"), rt::TimeForm::EpochS),
                        (rt::path!("expires_at"), rt::TimeForm::EpochS),
                    ],
                ),
        );
    /// Reply of `query` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct QueryResponse {
        /// Task id.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Always "video".
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub object: Option<String>,
        /// Model name.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Task status; the query page lists processing, failed and completed.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<rt::Open<Status>>,
        /// Progress percentage, 0 to 100.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub progress: Option<i64>,
        /// Creation Unix timestamp.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub created_at: Option<i64>,
        /// Completion Unix timestamp; 0 until the task finishes.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub completed_at: Option<i64>,
        /// Unix timestamp when the result expires.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub expires_at: Option<i64>,
        /// Video length in seconds, as a string (for example "6").
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub seconds: Option<String>,
        /// Resolution tier.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub size: Option<String>,
        /// Source video id for remixes; empty otherwise.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub remixed_from_video_id: Option<String>,
        /// Failure reason.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub error: Option<TaskError>,
        /// Final video URL; empty until done.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub video_url: Option<String>,
        /// Output object; geeknow's plugin script prefers output.url over video_url.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub output: Option<Output>,
        /// Final video URL on some channels.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Nested detail object on some channels.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub detail: Option<Detail>,
    }
    impl QueryResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("id", rt::Shape::STRING).doc("Task id."),
            rt::Field::body("object", rt::Shape::STRING).doc("Always \"video\"."),
            rt::Field::body("model", rt::Shape::STRING).doc("Model name."),
            rt::Field::body(
                    "status",
                    rt::Shape::enumeration(<Status as rt::WireEnum>::INFO),
                )
                .doc(
                    "Task status; the query page lists processing, failed and completed.",
                ),
            rt::Field::body("progress", rt::Shape::INTEGER)
                .doc("Progress percentage, 0 to 100."),
            rt::Field::body("created_at", rt::Shape::INTEGER)
                .doc("Creation Unix timestamp."),
            rt::Field::body("completed_at", rt::Shape::INTEGER)
                .doc("Completion Unix timestamp; 0 until the task finishes."),
            rt::Field::body("expires_at", rt::Shape::INTEGER)
                .doc("Unix timestamp when the result expires."),
            rt::Field::body("seconds", rt::Shape::STRING)
                .doc("Video length in seconds, as a string (for example \"6\")."),
            rt::Field::body("size", rt::Shape::STRING).doc("Resolution tier."),
            rt::Field::body("remixed_from_video_id", rt::Shape::STRING)
                .doc("Source video id for remixes; empty otherwise."),
            rt::Field::body("error", rt::Shape::object(TaskError::FIELDS))
                .doc("Failure reason."),
            rt::Field::body("video_url", rt::Shape::STRING)
                .doc("Final video URL; empty until done."),
            rt::Field::body("output", rt::Shape::object(Output::FIELDS))
                .doc(
                    "Output object; geeknow's plugin script prefers output.url over video_url.",
                ),
            rt::Field::body("url", rt::Shape::STRING)
                .doc("Final video URL on some channels."),
            rt::Field::body("detail", rt::Shape::object(Detail::FIELDS))
                .doc("Nested detail object on some channels."),
        ];
    }
    /// Download the finished video (fallback when downloading video_url fails). Proxies the file as video/mp4; some gateways answer with a 302 redirect instead, which must be followed. Errors come back as JSON.
    ///
    /// `GET /v1/videos/{task_id}/content`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct ContentRequest {
        /// The task id.
        #[serde(skip_serializing)]
        pub task_id: String,
    }
    impl ContentRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(task_id: impl Into<String>) -> Self {
            Self { task_id: task_id.into() }
        }
    }
    impl rt::FieldAccess for ContentRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "task_id" => rt::FieldValue::field_ref(&self.task_id),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for ContentRequest {
        type Response = ContentResponse;
        fn operation() -> &'static rt::Operation {
            &CONTENT
        }
        fn write_params(&self, out: &mut rt::Params) {
            out.path("task_id", &self.task_id);
        }
        /// No rules and no list limits: nothing to check across fields.
        fn rules_hold(&self) -> bool {
            true
        }
    }
    ///The table of `content`.
    #[doc(hidden)]
    pub static CONTENT: rt::Operation = rt::Operation::new(
            "content",
            rt::Role::Content,
            rt::Method::Get,
            rt::PathTemplate::new(
                &[
                    rt::Seg::Lit("/v1/videos/"),
                    rt::Seg::Param("task_id"),
                    rt::Seg::Lit("/content"),
                ],
            ),
        )
        .with_params(
            &[
                rt::Field::path("task_id", rt::Shape::STRING)
                    .task_id()
                    .doc("The task id."),
            ],
        )
        .with_response(rt::Response::file("video/mp4"));
    /// Reply of `content`: the file itself, streamed (see `Content`).
    pub type ContentResponse = rt::Content;
    /// Everything the runtime needs to know about this provider, read from its spec, with the
    /// entry points of each operation's typed request.
    #[doc(hidden)]
    pub static PROVIDER: rt::Provider = rt::Provider::new(
        rt::ProviderTable::new(
                "geeknow",
                "GeekNow",
                "https://www.geeknow.top",
                rt::Auth::header("Authorization", "Bearer ", "GEEKNOW_API_KEY"),
            )
            .with_docs("https://docs.geeknow.top/api-reference/videos/grok/create")
            .with_errors(
                rt::ErrorPaths::new(
                    &[rt::path!("error.code"), rt::path!("error.type")],
                    &[
                        rt::path!("error.message"),
                        rt::path!("error"),
                        rt::path!("message"),
                    ],
                ),
            )
            .with_operations(&[&CREATE, &QUERY, &CONTENT]),
        &[
            rt::Entry::json::<CreateRequest>(&CREATE),
            rt::Entry::json::<QueryRequest>(&QUERY),
            rt::Entry::content::<ContentRequest>(&CONTENT),
        ],
    );
}
