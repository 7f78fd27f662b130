// Generated from specs/acedata.yaml by grokvid-codegen; do not edit. Refresh: UPDATE_SNAPSHOTS=1 cargo test -p grokvid-tests --test snapshots
/// Ace Data Cloud: generated from `specs/acedata.yaml`.
///
/// Ace Data Cloud gateway. POST /grok/videos blocks until the video is done unless async is true or a callback_url is given; poll with POST /grok/tasks {"id", "action": "retrieve"} (or "retrieve_batch" for several ids). There is no top-level status: a task is done when finished_at is present. Keep polling under 1 request per second.
///
/// Vendor docs: <https://docs.acedata.cloud/en/api-reference/grok/grok-tasks.md>
pub mod acedata {
    use ::grokvid::rt;
    rt::client!(
        #[doc =
        " A client for Ace Data Cloud. The key is read from `ACEDATA_API_KEY` by [`Client::from_env`]; the base URL, timeouts and retries come from `grokvid::ClientConfig`."]
        Client, PROVIDER
    );
    impl Client {
        /// Generate a Grok video. Without async or callback_url the call blocks until done (a 504 timeout is possible); with async true it returns the task id at once.
        ///
        /// `POST /grok/videos`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn create(
            &self,
            request: &CreateRequest,
        ) -> Result<rt::Reply<CreateResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Retrieve one task by id.
        ///
        /// `POST /grok/tasks`.
        pub async fn query(
            &self,
            request: &QueryRequest,
        ) -> Result<rt::Reply<QueryResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Retrieve several tasks at once.
        ///
        /// `POST /grok/tasks`.
        pub async fn batch_query(
            &self,
            request: &BatchQueryRequest,
        ) -> Result<rt::BatchReply<BatchQueryResponse>, rt::Error> {
            self.inner.send_batch(request).await
        }
    }
    /// Grok video models (per the seed and openapi/grok.json).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Model {
        /// `grok-imagine-video`: Text-to-video and image-to-video (the default).
        GrokImagineVideo,
        /// `grok-imagine-video-1.5-preview`: Image-to-video only; requires image_url.
        GrokImagineVideo1_5Preview,
    }
    impl rt::WireEnum for Model {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Model",
            &[
                rt::Scalar::Str("grok-imagine-video"),
                rt::Scalar::Str("grok-imagine-video-1.5-preview"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::GrokImagineVideo,
            Self::GrokImagineVideo1_5Preview,
        ];
    }
    rt::wire_enum!(Model);
    /// Output aspect ratio.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum AspectRatio {
        /// `1:1`
        R1x1,
        /// `16:9`
        R16x9,
        /// `9:16`
        R9x16,
        /// `4:3`
        R4x3,
        /// `3:4`
        R3x4,
        /// `3:2`
        R3x2,
        /// `2:3`
        R2x3,
    }
    impl rt::WireEnum for AspectRatio {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "AspectRatio",
            &[
                rt::Scalar::Str("1:1"),
                rt::Scalar::Str("16:9"),
                rt::Scalar::Str("9:16"),
                rt::Scalar::Str("4:3"),
                rt::Scalar::Str("3:4"),
                rt::Scalar::Str("3:2"),
                rt::Scalar::Str("2:3"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::R1x1,
            Self::R16x9,
            Self::R9x16,
            Self::R4x3,
            Self::R3x4,
            Self::R3x2,
            Self::R2x3,
        ];
    }
    rt::wire_enum!(AspectRatio);
    /// Output resolution.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Resolution {
        /// `480p`
        P480,
        /// `720p`
        P720,
    }
    impl rt::WireEnum for Resolution {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Resolution",
            &[rt::Scalar::Str("480p"), rt::Scalar::Str("720p")],
        );
        const ALL: &'static [Self] = &[Self::P480, Self::P720];
    }
    rt::wire_enum!(Resolution);
    /// Per-video state words in data[].state.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum State {
        /// `pending`: Still generating.
        Pending,
        /// `succeeded`: Done; video_url is set.
        Succeeded,
        /// `failed`: Failed.
        Failed,
    }
    impl rt::WireEnum for State {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "State",
            &[
                rt::Scalar::Str("pending"),
                rt::Scalar::Str("succeeded"),
                rt::Scalar::Str("failed"),
            ],
        );
        const ALL: &'static [Self] = &[Self::Pending, Self::Succeeded, Self::Failed];
    }
    rt::wire_enum!(State);
    /// One generated video.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct VideoItem {
        /// Video id, prefixed with the model name (for example grok-imagine-video:<uuid>).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Video URL on cdn.acedata.cloud.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub video_url: Option<String>,
        /// State of this video.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub state: Option<State>,
    }
    impl VideoItem {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("id", rt::Shape::STRING)
                .doc(
                    "Video id, prefixed with the model name (for example grok-imagine-video:<uuid>).",
                ),
            rt::Field::body("video_url", rt::Shape::STRING)
                .doc("Video URL on cdn.acedata.cloud."),
            rt::Field::body(
                    "state",
                    rt::Shape::enumeration(<State as rt::WireEnum>::INFO),
                )
                .doc("State of this video."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self {
                id: None,
                video_url: None,
                state: None,
            }
        }
    }
    rt::default_is_new!(VideoItem);
    rt::object!(VideoItem);
    /// Error details.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct ErrorInfo {
        /// Error code (bad_request, invalid_token, used_up, too_many_requests, api_error, timeout, ...).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        /// Error message.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }
    impl ErrorInfo {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("code", rt::Shape::STRING)
                .doc(
                    "Error code (bad_request, invalid_token, used_up, too_many_requests, api_error, timeout, ...).",
                ),
            rt::Field::body("message", rt::Shape::STRING).doc("Error message."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self { code: None, message: None }
        }
    }
    rt::default_is_new!(ErrorInfo);
    rt::object!(ErrorInfo);
    /// The business reply of a generation: the same shape as a synchronous create reply and as the callback body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct TaskResponse {
        /// Whether the generation succeeded; false on a failed task.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Task id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub task_id: Option<String>,
        /// Trace id for support requests.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
        /// Generated videos.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<VideoItem>>,
        /// Error details when success is false.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub error: Option<ErrorInfo>,
    }
    impl TaskResponse {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("success", rt::Shape::BOOLEAN)
                .doc("Whether the generation succeeded; false on a failed task."),
            rt::Field::body("task_id", rt::Shape::STRING).doc("Task id."),
            rt::Field::body("trace_id", rt::Shape::STRING)
                .doc("Trace id for support requests."),
            rt::Field::body(
                    "data",
                    rt::Shape::list(&rt::Shape::object(VideoItem::FIELDS)),
                )
                .doc("Generated videos."),
            rt::Field::body("error", rt::Shape::object(ErrorInfo::FIELDS))
                .doc("Error details when success is false."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self {
                success: None,
                task_id: None,
                trace_id: None,
                data: None,
                error: None,
            }
        }
    }
    rt::default_is_new!(TaskResponse);
    rt::object!(TaskResponse);
    /// One task as returned by /grok/tasks.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct TaskRecord {
        /// Task id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Creation time, Unix seconds (float).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "rt::serialize_number")]
        pub created_at: Option<f64>,
        /// Start time, Unix seconds (float).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "rt::serialize_number")]
        pub started_at: Option<f64>,
        /// Finish time, Unix seconds (float); absent until the task completes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "rt::serialize_number")]
        pub finished_at: Option<f64>,
        /// Seconds the task took; absent until the task completes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "rt::serialize_number")]
        pub elapsed: Option<f64>,
        /// Task type ("videos").
        ///
        /// Sent as `type`.
        #[serde(rename = "type")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub task_type: Option<String>,
        /// The original create request.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub request: Option<rt::serde_json::Value>,
        /// The generation reply; null, missing or partial ({success, task_id}) while running.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub response: Option<TaskResponse>,
    }
    impl TaskRecord {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("id", rt::Shape::STRING).doc("Task id."),
            rt::Field::body("created_at", rt::Shape::NUMBER)
                .doc("Creation time, Unix seconds (float)."),
            rt::Field::body("started_at", rt::Shape::NUMBER)
                .doc("Start time, Unix seconds (float)."),
            rt::Field::body("finished_at", rt::Shape::NUMBER)
                .doc(
                    "Finish time, Unix seconds (float); absent until the task completes.",
                ),
            rt::Field::body("elapsed", rt::Shape::NUMBER)
                .doc("Seconds the task took; absent until the task completes."),
            rt::Field::body("type", rt::Shape::STRING).doc("Task type (\"videos\")."),
            rt::Field::body("request", rt::Shape::JSON)
                .doc("The original create request."),
            rt::Field::body("response", rt::Shape::object(TaskResponse::FIELDS))
                .doc(
                    "The generation reply; null, missing or partial ({success, task_id}) while running.",
                ),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self {
                id: None,
                created_at: None,
                started_at: None,
                finished_at: None,
                elapsed: None,
                task_type: None,
                request: None,
                response: None,
            }
        }
    }
    rt::default_is_new!(TaskRecord);
    rt::object!(TaskRecord);
    /// Video length in seconds, 1 to 15; defaults to 8.
    ///
    /// Checked on construction: 1 ≤ value ≤ 15.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct Duration(i64);
    impl Duration {
        /// The limits the vendor documents.
        pub const LIMITS: rt::Limits = rt::Limits::NONE.with_min(1.0).with_max(15.0);
    }
    rt::newtype!(Duration, i64, "duration");
    /// Generate a Grok video. Without async or callback_url the call blocks until done (a 504 timeout is possible); with async true it returns the task id at once.
    ///
    /// `POST /grok/videos` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CreateRequest {
        /// Prompt describing the video; required for text-to-video.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub prompt: Option<String>,
        /// Model to use; defaults to grok-imagine-video.
        ///
        /// Default `grok-imagine-video` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub model: Option<Model>,
        /// Input image URL (image-to-video).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<rt::Url>,
        /// Reference image URLs.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reference_image_urls: Option<Vec<rt::Url>>,
        /// Output aspect ratio.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub aspect_ratio: Option<AspectRatio>,
        /// Output resolution; defaults to 480p.
        ///
        /// Default `480p` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub resolution: Option<Resolution>,
        /// Video length in seconds, 1 to 15; defaults to 8.
        ///
        /// Default `8` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<Duration>,
        /// URL that receives a POST with the result when the task finishes ({success, task_id, trace_id, data} or {success: false, error}); unsigned. The create call then returns the task id at once.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub callback_url: Option<rt::Url>,
        /// When true the call returns the task id immediately; poll /grok/tasks (and the callback, if any, is still called). Omitted or false with no callback: the call blocks until done.
        ///
        /// Sent as `async`.
        #[serde(rename = "async")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub run_async: Option<bool>,
    }
    impl CreateRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self {
                prompt: None,
                model: None,
                image_url: None,
                reference_image_urls: None,
                aspect_ratio: None,
                resolution: None,
                duration: None,
                callback_url: None,
                run_async: None,
            }
        }
    }
    rt::default_is_new!(CreateRequest);
    impl rt::FieldAccess for CreateRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "model" => rt::FieldValue::field_ref(&self.model),
                "image_url" => rt::FieldValue::field_ref(&self.image_url),
                "reference_image_urls" => {
                    rt::FieldValue::field_ref(&self.reference_image_urls)
                }
                "aspect_ratio" => rt::FieldValue::field_ref(&self.aspect_ratio),
                "resolution" => rt::FieldValue::field_ref(&self.resolution),
                "duration" => rt::FieldValue::field_ref(&self.duration),
                "callback_url" => rt::FieldValue::field_ref(&self.callback_url),
                "async" => rt::FieldValue::field_ref(&self.run_async),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for CreateRequest {
        type Response = CreateResponse;
        fn operation() -> &'static rt::Operation {
            &CREATE
        }
        /// The operation's rules and list limits, checked on the fields with the spec's values
        /// inlined (`validate` runs the rule engine, which words the violations, only when this is
        /// false):
        ///
        /// - `rule_0`: "grok-imagine-video-1.5-preview is image-to-video only and requires image_url"
        #[inline]
        fn rules_hold(&self) -> bool {
            let model = rt::FieldValue::field_ref(&self.model);
            let image_url = rt::FieldValue::field_ref(&self.image_url);
            !model.equals_any(&[rt::Scalar::Str("grok-imagine-video-1.5-preview")])
                || rt::FieldRef::required_ok([image_url])
        }
    }
    ///The table of `create`.
    #[doc(hidden)]
    pub static CREATE: rt::Operation = rt::Operation::new(
            "create",
            rt::Role::Create,
            rt::Method::Post,
            rt::PathTemplate::new(&[rt::Seg::Lit("/grok/videos")]),
        )
        .with_body(rt::BodyKind::Json)
        .with_headers(&[("Accept", "application/json")])
        .with_params(
            &[
                rt::Field::body("prompt", rt::Shape::STRING)
                    .doc("Prompt describing the video; required for text-to-video."),
                rt::Field::body(
                        "model",
                        rt::Shape::enumeration(<Model as rt::WireEnum>::INFO),
                    )
                    .default(rt::Scalar::Str("grok-imagine-video"))
                    .doc("Model to use; defaults to grok-imagine-video."),
                rt::Field::body("image_url", rt::Shape::URL)
                    .doc("Input image URL (image-to-video)."),
                rt::Field::body("reference_image_urls", rt::Shape::list(&rt::Shape::URL))
                    .doc("Reference image URLs."),
                rt::Field::body(
                        "aspect_ratio",
                        rt::Shape::enumeration(<AspectRatio as rt::WireEnum>::INFO),
                    )
                    .doc("Output aspect ratio."),
                rt::Field::body(
                        "resolution",
                        rt::Shape::enumeration(<Resolution as rt::WireEnum>::INFO),
                    )
                    .default(rt::Scalar::Str("480p"))
                    .doc("Output resolution; defaults to 480p."),
                rt::Field::body(
                        "duration",
                        rt::Shape::INTEGER.with_limits(Duration::LIMITS),
                    )
                    .default(rt::Scalar::Int(8))
                    .doc("Video length in seconds, 1 to 15; defaults to 8."),
                rt::Field::body("callback_url", rt::Shape::URL)
                    .doc(
                        "URL that receives a POST with the result when the task finishes ({success, task_id, trace_id, data} or {success: false, error}); unsigned. The create call then returns the task id at once.",
                    ),
                rt::Field::body("async", rt::Shape::BOOLEAN)
                    .doc(
                        "When true the call returns the task id immediately; poll /grok/tasks (and the callback, if any, is still called). Omitted or false with no callback: the call blocks until done.",
                    ),
            ],
        )
        .with_rules(
            &[
                rt::Rule::new(rt::Check::Required(&["image_url"]))
                    .with_when(
                        &[
                            rt::Condition::Equals {
                                field: "model",
                                any_of: &[rt::Scalar::Str("grok-imagine-video-1.5-preview")],
                            },
                        ],
                    )
                    .with_message(
                        "grok-imagine-video-1.5-preview is image-to-video only and requires image_url",
                    ),
            ],
        )
        .with_response(
            rt::Response::new(CreateResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("task_id")])
                        .with_status(
                            &[
                                rt::StatusStep::when(
                                    rt::PathTest::Equals(
                                        rt::path!("success"),
                                        rt::Scalar::Bool(false),
                                    ),
                                    &rt::TaskStatus::Failed,
                                ),
                                rt::StatusStep::word(
                                    rt::path!("data[*].state"),
                                    &[
                                        ("pending", &rt::TaskStatus::Processing),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                    ],
                                ),
                                rt::StatusStep::otherwise(&rt::TaskStatus::Queued),
                            ],
                        )
                        .with_video_url(&[rt::path!("data[*].video_url")])
                        .with_error(&[rt::path!("error.message")])
                        .with_error_code(&[rt::path!("error.code")]),
                ),
        )
        .with_unified(
            rt::Unified::NONE
                .with_prompt(rt::Neutral::new("prompt"))
                .with_model(rt::Neutral::new("model"))
                .with_duration(rt::Neutral::new("duration"))
                .with_aspect_ratio(rt::Neutral::new("aspect_ratio"))
                .with_resolution(rt::Neutral::new("resolution"))
                .with_images(rt::Neutral::new("image_url")),
        );
    /// Reply of `create` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct CreateResponse {
        /// Whether the generation succeeded.
        #[serde(deserialize_with = "rt::lenient::boolean")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Task id.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub task_id: Option<String>,
        /// Trace id.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
        /// Generated videos (synchronous mode only).
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<VideoItem>>,
        /// Error details when success is false.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub error: Option<ErrorInfo>,
    }
    impl CreateResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("success", rt::Shape::BOOLEAN)
                .doc("Whether the generation succeeded."),
            rt::Field::body("task_id", rt::Shape::STRING).doc("Task id."),
            rt::Field::body("trace_id", rt::Shape::STRING).doc("Trace id."),
            rt::Field::body(
                    "data",
                    rt::Shape::list(&rt::Shape::object(VideoItem::FIELDS)),
                )
                .doc("Generated videos (synchronous mode only)."),
            rt::Field::body("error", rt::Shape::object(ErrorInfo::FIELDS))
                .doc("Error details when success is false."),
        ];
    }
    /// Retrieve one task by id.
    ///
    /// `POST /grok/tasks` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct QueryRequest {
        /// The task_id returned by create.
        pub id: String,
    }
    impl QueryRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(id: impl Into<String>) -> Self {
            Self { id: id.into() }
        }
    }
    impl rt::FieldAccess for QueryRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "id" => rt::FieldValue::field_ref(&self.id),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for QueryRequest {
        type Response = QueryResponse;
        fn operation() -> &'static rt::Operation {
            &QUERY
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
            rt::Method::Post,
            rt::PathTemplate::new(&[rt::Seg::Lit("/grok/tasks")]),
        )
        .with_body(rt::BodyKind::Json)
        .with_headers(&[("Accept", "application/json")])
        .with_params(
            &[
                rt::Field::body("id", rt::Shape::STRING)
                    .required()
                    .task_id()
                    .doc("The task_id returned by create."),
            ],
        )
        .with_consts(
            &[
                rt::Const::new(
                    "action",
                    rt::ParamLocation::Body,
                    rt::Scalar::Str("retrieve"),
                ),
            ],
        )
        .with_response(
            rt::Response::new(QueryResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(
                            &[rt::path!("id"), rt::path!("response.task_id")],
                        )
                        .with_status(
                            &[
                                rt::StatusStep::when(
                                    rt::PathTest::Equals(
                                        rt::path!("response.success"),
                                        rt::Scalar::Bool(false),
                                    ),
                                    &rt::TaskStatus::Failed,
                                ),
                                rt::StatusStep::word(
                                    rt::path!("response.data[*].state"),
                                    &[
                                        ("pending", &rt::TaskStatus::Processing),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                    ],
                                ),
                                rt::StatusStep::word(
                                    rt::path!("response.status"),
                                    &[
                                        ("pending", &rt::TaskStatus::Processing),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                    ],
                                ),
                                rt::StatusStep::word(
                                    rt::path!("status"),
                                    &[
                                        ("pending", &rt::TaskStatus::Processing),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                    ],
                                ),
                                rt::StatusStep::when(
                                    rt::PathTest::Present(rt::path!("finished_at")),
                                    &rt::TaskStatus::Completed,
                                ),
                                rt::StatusStep::otherwise(&rt::TaskStatus::Queued),
                            ],
                        )
                        .with_video_url(&[rt::path!("response.data[*].video_url")])
                        .with_error(
                            &[
                                rt::path!("response.error.message"),
                                rt::path!("error.message"),
                            ],
                        )
                        .with_error_code(
                            &[rt::path!("response.error.code"), rt::path!("error.code")],
                        )
                        .with_created_at(
                            &[(rt::path!("created_at"), rt::TimeForm::EpochS)],
                        )
                        .with_finished_at(
                            &[(rt::path!("finished_at"), rt::TimeForm::EpochS)],
                        ),
                )
                .with_times(
                    &[
                        (rt::path!("created_at"), rt::TimeForm::EpochS),
                        (rt::path!("started_at"), rt::TimeForm::EpochS),
                        (rt::path!("finished_at"), rt::TimeForm::EpochS),
                        (rt::path!("elapsed"), rt::TimeForm::Seconds),
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
        /// Creation time, Unix seconds (float).
        #[serde(deserialize_with = "rt::lenient::number")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub created_at: Option<f64>,
        /// Start time, Unix seconds (float).
        #[serde(deserialize_with = "rt::lenient::number")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub started_at: Option<f64>,
        /// Finish time, Unix seconds (float); absent until the task completes.
        #[serde(deserialize_with = "rt::lenient::number")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub finished_at: Option<f64>,
        /// Seconds the task took; absent until the task completes.
        #[serde(deserialize_with = "rt::lenient::number")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub elapsed: Option<f64>,
        /// Task type ("videos").
        #[serde(rename = "type")]
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub task_type: Option<String>,
        /// The original create request.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub request: Option<rt::serde_json::Value>,
        /// The generation reply; null, missing or partial while running.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub response: Option<TaskResponse>,
    }
    impl QueryResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("id", rt::Shape::STRING).doc("Task id."),
            rt::Field::body("created_at", rt::Shape::NUMBER)
                .doc("Creation time, Unix seconds (float)."),
            rt::Field::body("started_at", rt::Shape::NUMBER)
                .doc("Start time, Unix seconds (float)."),
            rt::Field::body("finished_at", rt::Shape::NUMBER)
                .doc(
                    "Finish time, Unix seconds (float); absent until the task completes.",
                ),
            rt::Field::body("elapsed", rt::Shape::NUMBER)
                .doc("Seconds the task took; absent until the task completes."),
            rt::Field::body("type", rt::Shape::STRING).doc("Task type (\"videos\")."),
            rt::Field::body("request", rt::Shape::JSON)
                .doc("The original create request."),
            rt::Field::body("response", rt::Shape::object(TaskResponse::FIELDS))
                .doc("The generation reply; null, missing or partial while running."),
        ];
    }
    /// Retrieve several tasks at once.
    ///
    /// `POST /grok/tasks` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct BatchQueryRequest {
        /// Task ids to retrieve.
        ///
        /// At least 1 items.
        pub ids: Vec<String>,
        /// Page size.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
        /// Number of tasks to skip.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<i64>,
    }
    impl BatchQueryRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(ids: Vec<String>) -> Self {
            Self {
                ids,
                limit: None,
                offset: None,
            }
        }
    }
    impl rt::FieldAccess for BatchQueryRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "ids" => rt::FieldValue::field_ref(&self.ids),
                "limit" => rt::FieldValue::field_ref(&self.limit),
                "offset" => rt::FieldValue::field_ref(&self.offset),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for BatchQueryRequest {
        type Response = BatchQueryResponse;
        fn operation() -> &'static rt::Operation {
            &BATCH_QUERY
        }
        /// The operation's rules and list limits, checked on the fields with the spec's values
        /// inlined (`validate` runs the rule engine, which words the violations, only when this is
        /// false):
        ///
        /// - `ids_items`: `ids` holds at least 1 items (the field's limits)
        #[inline]
        fn rules_hold(&self) -> bool {
            let ids = rt::FieldValue::field_ref(&self.ids);
            ids.items_ok(Some(1), None)
        }
    }
    ///The table of `batch_query`.
    #[doc(hidden)]
    pub static BATCH_QUERY: rt::Operation = rt::Operation::new(
            "batch_query",
            rt::Role::BatchQuery,
            rt::Method::Post,
            rt::PathTemplate::new(&[rt::Seg::Lit("/grok/tasks")]),
        )
        .with_body(rt::BodyKind::Json)
        .with_headers(&[("Accept", "application/json")])
        .with_params(
            &[
                rt::Field::body(
                        "ids",
                        rt::Shape::list(&rt::Shape::STRING)
                            .with_limits(rt::Limits::NONE.with_min_items(1)),
                    )
                    .required()
                    .doc("Task ids to retrieve."),
                rt::Field::body("limit", rt::Shape::INTEGER).doc("Page size."),
                rt::Field::body("offset", rt::Shape::INTEGER)
                    .doc("Number of tasks to skip."),
            ],
        )
        .with_consts(
            &[
                rt::Const::new(
                    "action",
                    rt::ParamLocation::Body,
                    rt::Scalar::Str("retrieve_batch"),
                ),
            ],
        )
        .with_response(
            rt::Response::new(BatchQueryResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(
                            &[rt::path!("id"), rt::path!("response.task_id")],
                        )
                        .with_status(
                            &[
                                rt::StatusStep::when(
                                    rt::PathTest::Equals(
                                        rt::path!("response.success"),
                                        rt::Scalar::Bool(false),
                                    ),
                                    &rt::TaskStatus::Failed,
                                ),
                                rt::StatusStep::word(
                                    rt::path!("response.data[*].state"),
                                    &[
                                        ("pending", &rt::TaskStatus::Processing),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                    ],
                                ),
                                rt::StatusStep::word(
                                    rt::path!("response.status"),
                                    &[
                                        ("pending", &rt::TaskStatus::Processing),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                    ],
                                ),
                                rt::StatusStep::word(
                                    rt::path!("status"),
                                    &[
                                        ("pending", &rt::TaskStatus::Processing),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                    ],
                                ),
                                rt::StatusStep::when(
                                    rt::PathTest::Present(rt::path!("finished_at")),
                                    &rt::TaskStatus::Completed,
                                ),
                                rt::StatusStep::otherwise(&rt::TaskStatus::Queued),
                            ],
                        )
                        .with_video_url(&[rt::path!("response.data[*].video_url")])
                        .with_error(
                            &[
                                rt::path!("response.error.message"),
                                rt::path!("error.message"),
                            ],
                        )
                        .with_error_code(
                            &[rt::path!("response.error.code"), rt::path!("error.code")],
                        )
                        .with_created_at(
                            &[(rt::path!("created_at"), rt::TimeForm::EpochS)],
                        )
                        .with_finished_at(
                            &[(rt::path!("finished_at"), rt::TimeForm::EpochS)],
                        ),
                )
                .with_tasks_at(rt::path!("items"))
                .with_times(
                    &[
                        (rt::path!("created_at"), rt::TimeForm::EpochS),
                        (rt::path!("started_at"), rt::TimeForm::EpochS),
                        (rt::path!("finished_at"), rt::TimeForm::EpochS),
                        (rt::path!("elapsed"), rt::TimeForm::Seconds),
                    ],
                ),
        );
    /// Reply of `batch_query` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct BatchQueryResponse {
        /// Number of matching tasks.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub count: Option<i64>,
        /// The tasks, each shaped like a single retrieve reply.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<TaskRecord>>,
    }
    impl BatchQueryResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("count", rt::Shape::INTEGER)
                .doc("Number of matching tasks."),
            rt::Field::body(
                    "items",
                    rt::Shape::list(&rt::Shape::object(TaskRecord::FIELDS)),
                )
                .doc("The tasks, each shaped like a single retrieve reply."),
        ];
    }
    /// Everything the runtime needs to know about this provider, read from its spec, with the
    /// entry points of each operation's typed request.
    #[doc(hidden)]
    pub static PROVIDER: rt::Provider = rt::Provider::new(
        rt::ProviderTable::new(
                "acedata",
                "Ace Data Cloud",
                "https://api.acedata.cloud",
                rt::Auth::header("Authorization", "Bearer ", "ACEDATA_API_KEY"),
            )
            .with_docs("https://docs.acedata.cloud/en/api-reference/grok/grok-tasks.md")
            .with_polling(rt::Polling::new(1000, 10000))
            .with_errors(
                rt::ErrorPaths::new(
                        &[rt::path!("error.code")],
                        &[rt::path!("error.message")],
                    )
                    .with_final(
                        &[
                            rt::FinalError::new()
                                .with_status(403)
                                .with_code("used_up")
                                .with_means("the account balance is used up"),
                            rt::FinalError::new()
                                .with_status(403)
                                .with_code("disabled")
                                .with_means("the token is disabled"),
                        ],
                    ),
            )
            .with_operations(&[&CREATE, &QUERY, &BATCH_QUERY]),
        &[
            rt::Entry::json::<CreateRequest>(&CREATE),
            rt::Entry::json::<QueryRequest>(&QUERY),
            rt::Entry::json::<BatchQueryRequest>(&BATCH_QUERY),
        ],
    );
}
