// Generated from specs/jimmyai.yaml by grokvid-codegen; do not edit. Refresh: UPDATE_SNAPSHOTS=1 cargo test -p grokvid-tests --test snapshots
/// JimmyAI: generated from `specs/jimmyai.yaml`.
///
/// JimmyAI open API. Every reply is wrapped in {code, msg, data}; code "20000" means success and may come back as a string or an integer. Create on POST /api/open-api/v1/grok/videos (exactly one reference image is required), poll the shared video endpoint GET /api/open-api/v1/videos/{taskId}. Result URLs are kept for 3 days.
///
/// Vendor docs: <https://docs.jimmyai.cn/en/api-reference/common/query>
pub mod jimmyai {
    use ::grokvid::rt;
    rt::client!(
        #[doc =
        " A client for JimmyAI. The key is read from `JIMMYAI_API_KEY` by [`Client::from_env`]; the base URL, timeouts and retries come from `grokvid::ClientConfig`."]
        Client, PROVIDER
    );
    impl Client {
        /// Create a Grok 1.5 video task from a prompt and exactly one reference image.
        ///
        /// `POST /api/open-api/v1/grok/videos`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn create(
            &self,
            request: &CreateRequest,
        ) -> Result<rt::Reply<CreateResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Query a video task (one endpoint for every video family).
        ///
        /// `GET /api/open-api/v1/videos/{taskId}`.
        pub async fn query(
            &self,
            request: &QueryRequest,
        ) -> Result<rt::Reply<QueryResponse>, rt::Error> {
            self.inner.send(request).await
        }
    }
    /// Grok video models.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Model {
        /// `grok-imagine-video-1.5`: Grok 1.5 video model; 10 or 15 seconds, custom ratios, exactly 1 reference image.
        GrokImagineVideo1_5,
    }
    impl rt::WireEnum for Model {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
                "Model",
                &[rt::Scalar::Str("grok-imagine-video-1.5")],
            )
            .with_aliases(
                &[
                    ("grok-1.5", "grok-imagine-video-1.5"),
                    ("grok_1_5", "grok-imagine-video-1.5"),
                ],
            );
        const ALL: &'static [Self] = &[Self::GrokImagineVideo1_5];
    }
    rt::wire_enum!(Model);
    /// Video length in seconds.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Duration {
        /// `10`: 10 seconds (the default).
        Ten,
        /// `15`: 15 seconds.
        Fifteen,
    }
    impl rt::WireEnum for Duration {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Duration",
            &[rt::Scalar::Int(10), rt::Scalar::Int(15)],
        );
        const ALL: &'static [Self] = &[Self::Ten, Self::Fifteen];
    }
    rt::wire_enum!(Duration);
    /// Video aspect ratio.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Ratio {
        /// `16:9`
        R16x9,
        /// `9:16`
        R9x16,
        /// `1:1`
        R1x1,
        /// `3:2`
        R3x2,
        /// `2:3`
        R2x3,
    }
    impl rt::WireEnum for Ratio {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Ratio",
            &[
                rt::Scalar::Str("16:9"),
                rt::Scalar::Str("9:16"),
                rt::Scalar::Str("1:1"),
                rt::Scalar::Str("3:2"),
                rt::Scalar::Str("2:3"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::R16x9,
            Self::R9x16,
            Self::R1x1,
            Self::R3x2,
            Self::R2x3,
        ];
    }
    rt::wire_enum!(Ratio);
    /// Video orientation, used only when ratio is empty.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Orientation {
        /// `landscape`: Maps to 16:9.
        Landscape,
        /// `portrait`: Maps to 9:16.
        Portrait,
    }
    impl rt::WireEnum for Orientation {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Orientation",
            &[rt::Scalar::Str("landscape"), rt::Scalar::Str("portrait")],
        );
        const ALL: &'static [Self] = &[Self::Landscape, Self::Portrait];
    }
    rt::wire_enum!(Orientation);
    /// Task status words.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Status {
        /// `queued`: Initial state (progress 0).
        Queued,
        /// `pending`: Initial state (progress 0).
        Pending,
        /// `submitted`: Initial state (progress 0).
        Submitted,
        /// `processing`: Being generated (progress 1-99, updated in real time).
        Processing,
        /// `completed`: Finished (progress 100); the URL is in data.result.video_url.
        Completed,
        /// `failed`: Failed (progress 0); the reason is in data.error_message.
        Failed,
    }
    impl rt::WireEnum for Status {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Status",
            &[
                rt::Scalar::Str("queued"),
                rt::Scalar::Str("pending"),
                rt::Scalar::Str("submitted"),
                rt::Scalar::Str("processing"),
                rt::Scalar::Str("completed"),
                rt::Scalar::Str("failed"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::Queued,
            Self::Pending,
            Self::Submitted,
            Self::Processing,
            Self::Completed,
            Self::Failed,
        ];
    }
    rt::wire_enum!(Status);
    /// Payload of a successful create reply.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct CreateData {
        /// Task id; pass it to query.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub task_id: Option<String>,
        /// Initial task status.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<Status>,
        /// Model name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Creation Unix timestamp.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<i64>,
    }
    impl CreateData {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("task_id", rt::Shape::STRING)
                .doc("Task id; pass it to query."),
            rt::Field::body(
                    "status",
                    rt::Shape::enumeration(<Status as rt::WireEnum>::INFO),
                )
                .doc("Initial task status."),
            rt::Field::body("model", rt::Shape::STRING).doc("Model name."),
            rt::Field::body("created_at", rt::Shape::INTEGER)
                .doc("Creation Unix timestamp."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self {
                task_id: None,
                status: None,
                model: None,
                created_at: None,
            }
        }
    }
    rt::default_is_new!(CreateData);
    rt::object!(CreateData);
    /// Result of a finished task.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct TaskResult {
        /// Full HTTPS video URL (sometimes signed), kept for 3 days.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub video_url: Option<String>,
        /// Image URL (image tasks share this schema).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
    }
    impl TaskResult {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("video_url", rt::Shape::STRING)
                .doc("Full HTTPS video URL (sometimes signed), kept for 3 days."),
            rt::Field::body("image_url", rt::Shape::STRING)
                .doc("Image URL (image tasks share this schema)."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self {
                video_url: None,
                image_url: None,
            }
        }
    }
    rt::default_is_new!(TaskResult);
    rt::object!(TaskResult);
    /// Payload of a query reply (VideoQueryResponse).
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct TaskData {
        /// Task id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub task_id: Option<String>,
        /// Task status.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<Status>,
        /// Progress percentage (0 while queued or failed, 1-99 while processing, 100 when completed).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub progress: Option<i64>,
        /// Model name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Creation Unix timestamp.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<i64>,
        /// Completion Unix timestamp.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub completed_at: Option<i64>,
        /// The result; video_url is set once completed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub result: Option<TaskResult>,
        /// Failure reason when the status is failed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub error_message: Option<String>,
    }
    impl TaskData {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("task_id", rt::Shape::STRING).doc("Task id."),
            rt::Field::body(
                    "status",
                    rt::Shape::enumeration(<Status as rt::WireEnum>::INFO),
                )
                .doc("Task status."),
            rt::Field::body("progress", rt::Shape::INTEGER)
                .doc(
                    "Progress percentage (0 while queued or failed, 1-99 while processing, 100 when completed).",
                ),
            rt::Field::body("model", rt::Shape::STRING).doc("Model name."),
            rt::Field::body("created_at", rt::Shape::INTEGER)
                .doc("Creation Unix timestamp."),
            rt::Field::body("completed_at", rt::Shape::INTEGER)
                .doc("Completion Unix timestamp."),
            rt::Field::body("result", rt::Shape::object(TaskResult::FIELDS))
                .doc("The result; video_url is set once completed."),
            rt::Field::body("error_message", rt::Shape::STRING)
                .doc("Failure reason when the status is failed."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self {
                task_id: None,
                status: None,
                progress: None,
                model: None,
                created_at: None,
                completed_at: None,
                result: None,
                error_message: None,
            }
        }
    }
    rt::default_is_new!(TaskData);
    rt::object!(TaskData);
    /// Create a Grok 1.5 video task from a prompt and exactly one reference image.
    ///
    /// `POST /api/open-api/v1/grok/videos` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CreateRequest {
        /// Model name; grok-imagine-video-1.5 (grok-1.5 and grok_1_5 normalize to it).
        pub model: Model,
        /// Text prompt for video generation.
        pub prompt: String,
        /// Reference image URL list; grok-imagine-video-1.5 requires exactly 1 reference image.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub image_urls: Option<Vec<rt::Url>>,
        /// Compatibility field for common OpenAPI image inputs; used when image_urls is empty. Requires exactly 1 image.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub images: Option<Vec<rt::Url>>,
        /// Video duration in seconds; only 10 or 15. Defaults to 10.
        ///
        /// Default `10` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<Duration>,
        /// Video aspect ratio (e.g. 16:9, 9:16). Takes precedence over orientation. Defaults to 16:9.
        ///
        /// Default `16:9` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ratio: Option<Ratio>,
        /// Video orientation. Active only when ratio is empty: landscape maps to 16:9, portrait maps to 9:16.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub orientation: Option<Orientation>,
    }
    impl CreateRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(model: Model, prompt: impl Into<String>) -> Self {
            Self {
                model,
                prompt: prompt.into(),
                image_urls: None,
                images: None,
                duration: None,
                ratio: None,
                orientation: None,
            }
        }
    }
    impl rt::FieldAccess for CreateRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "model" => rt::FieldValue::field_ref(&self.model),
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "image_urls" => rt::FieldValue::field_ref(&self.image_urls),
                "images" => rt::FieldValue::field_ref(&self.images),
                "duration" => rt::FieldValue::field_ref(&self.duration),
                "ratio" => rt::FieldValue::field_ref(&self.ratio),
                "orientation" => rt::FieldValue::field_ref(&self.orientation),
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
        /// - `rule_0`: "grok-imagine-video-1.5 requires exactly 1 reference image (image_urls or images)"
        /// - `rule_1`: "image_urls must hold exactly 1 image"
        /// - `rule_2`: "images must hold exactly 1 image"
        #[inline]
        fn rules_hold(&self) -> bool {
            let image_urls = rt::FieldValue::field_ref(&self.image_urls);
            let images = rt::FieldValue::field_ref(&self.images);
            let rule_0 = rt::FieldRef::one_of_ok([image_urls, images]);
            let rule_1 = !image_urls.is_set() || image_urls.items_ok(Some(1), Some(1));
            let rule_2 = !images.is_set() || images.items_ok(Some(1), Some(1));
            rule_0 && rule_1 && rule_2
        }
    }
    ///The table of `create`.
    #[doc(hidden)]
    pub static CREATE: rt::Operation = rt::Operation::new(
            "create",
            rt::Role::Create,
            rt::Method::Post,
            rt::PathTemplate::new(&[rt::Seg::Lit("/api/open-api/v1/grok/videos")]),
        )
        .with_body(rt::BodyKind::Json)
        .with_params(
            &[
                rt::Field::body(
                        "model",
                        rt::Shape::enumeration(<Model as rt::WireEnum>::INFO),
                    )
                    .required()
                    .doc(
                        "Model name; grok-imagine-video-1.5 (grok-1.5 and grok_1_5 normalize to it).",
                    ),
                rt::Field::body("prompt", rt::Shape::STRING)
                    .required()
                    .doc("Text prompt for video generation."),
                rt::Field::body("image_urls", rt::Shape::list(&rt::Shape::URL))
                    .doc(
                        "Reference image URL list; grok-imagine-video-1.5 requires exactly 1 reference image.",
                    ),
                rt::Field::body("images", rt::Shape::list(&rt::Shape::URL))
                    .doc(
                        "Compatibility field for common OpenAPI image inputs; used when image_urls is empty. Requires exactly 1 image.",
                    ),
                rt::Field::body(
                        "duration",
                        rt::Shape::enumeration(<Duration as rt::WireEnum>::INFO),
                    )
                    .default(rt::Scalar::Int(10))
                    .doc("Video duration in seconds; only 10 or 15. Defaults to 10."),
                rt::Field::body(
                        "ratio",
                        rt::Shape::enumeration(<Ratio as rt::WireEnum>::INFO),
                    )
                    .default(rt::Scalar::Str("16:9"))
                    .doc(
                        "Video aspect ratio (e.g. 16:9, 9:16). Takes precedence over orientation. Defaults to 16:9.",
                    ),
                rt::Field::body(
                        "orientation",
                        rt::Shape::enumeration(<Orientation as rt::WireEnum>::INFO),
                    )
                    .doc(
                        "Video orientation. Active only when ratio is empty: landscape maps to 16:9, portrait maps to 9:16.",
                    ),
            ],
        )
        .with_rules(
            &[
                rt::Rule::new(rt::Check::OneOf(&["image_urls", "images"]))
                    .with_message(
                        "grok-imagine-video-1.5 requires exactly 1 reference image (image_urls or images)",
                    ),
                rt::Rule::new(rt::Check::Items {
                        field: "image_urls",
                        min: Some(1),
                        max: Some(1),
                    })
                    .with_when(&[rt::Condition::Set("image_urls")])
                    .with_message("image_urls must hold exactly 1 image"),
                rt::Rule::new(rt::Check::Items {
                        field: "images",
                        min: Some(1),
                        max: Some(1),
                    })
                    .with_when(&[rt::Condition::Set("images")])
                    .with_message("images must hold exactly 1 image"),
                rt::Rule::new(rt::Check::Precedence(&["ratio", "orientation"]))
                    .with_message("orientation is ignored when ratio is set")
                    .with_then(rt::Then::Warn),
                rt::Rule::new(rt::Check::Precedence(&["image_urls", "images"]))
                    .with_message("images is ignored when image_urls is set")
                    .with_then(rt::Then::Warn),
            ],
        )
        .with_response(
            rt::Response::new(CreateResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("data.task_id")])
                        .with_status(
                            &[
                                rt::StatusStep::word(
                                    rt::path!("data.status"),
                                    &[
                                        ("queued", &rt::TaskStatus::Queued),
                                        ("pending", &rt::TaskStatus::Queued),
                                        ("submitted", &rt::TaskStatus::Queued),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("running", &rt::TaskStatus::Processing),
                                        ("in_progress", &rt::TaskStatus::Processing),
                                        ("completed", &rt::TaskStatus::Completed),
                                        ("success", &rt::TaskStatus::Completed),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                        ("failure", &rt::TaskStatus::Failed),
                                        ("error", &rt::TaskStatus::Failed),
                                        ("cancelled", &rt::TaskStatus::Cancelled),
                                        ("canceled", &rt::TaskStatus::Cancelled),
                                    ],
                                ),
                                rt::StatusStep::otherwise(&rt::TaskStatus::Queued),
                            ],
                        )
                        .with_progress(&[rt::path!("data.progress")])
                        .with_video_url(&[rt::path!("data.result.video_url")])
                        .with_error(&[rt::path!("data.error_message")]),
                ),
        )
        .with_unified(
            rt::Unified::NONE
                .with_prompt(rt::Neutral::new("prompt"))
                .with_model(rt::Neutral::new("model"))
                .with_duration(rt::Neutral::new("duration"))
                .with_aspect_ratio(rt::Neutral::new("ratio"))
                .with_images(rt::Neutral::new("image_urls")),
        );
    /// Reply of `create` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct CreateResponse {
        /// Result code; "20000" means success (a string, sometimes an integer).
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub code: Option<rt::serde_json::Value>,
        /// Result message ("ok" on success).
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub msg: Option<String>,
        /// The created task.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub data: Option<CreateData>,
    }
    impl CreateResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("code", rt::Shape::JSON)
                .doc(
                    "Result code; \"20000\" means success (a string, sometimes an integer).",
                ),
            rt::Field::body("msg", rt::Shape::STRING)
                .doc("Result message (\"ok\" on success)."),
            rt::Field::body("data", rt::Shape::object(CreateData::FIELDS))
                .doc("The created task."),
        ];
    }
    /// Query a video task (one endpoint for every video family).
    ///
    /// `GET /api/open-api/v1/videos/{taskId}`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct QueryRequest {
        /// The data.task_id returned by create.
        ///
        /// Sent as `taskId`.
        #[serde(rename = "taskId")]
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
                "taskId" => rt::FieldValue::field_ref(&self.task_id),
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
            out.path("taskId", &self.task_id);
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
                &[rt::Seg::Lit("/api/open-api/v1/videos/"), rt::Seg::Param("taskId")],
            ),
        )
        .with_params(
            &[
                rt::Field::path("taskId", rt::Shape::STRING)
                    .task_id()
                    .doc("The data.task_id returned by create."),
            ],
        )
        .with_response(
            rt::Response::new(QueryResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(
                            &[
                                rt::path!("data.task_id"),
                                rt::path!("task_id"),
                                rt::path!("data.taskId"),
                            ],
                        )
                        .with_status(
                            &[
                                rt::StatusStep::word(
                                    rt::path!("data.status"),
                                    &[
                                        ("queued", &rt::TaskStatus::Queued),
                                        ("pending", &rt::TaskStatus::Queued),
                                        ("submitted", &rt::TaskStatus::Queued),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("running", &rt::TaskStatus::Processing),
                                        ("in_progress", &rt::TaskStatus::Processing),
                                        ("completed", &rt::TaskStatus::Completed),
                                        ("success", &rt::TaskStatus::Completed),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                        ("failure", &rt::TaskStatus::Failed),
                                        ("error", &rt::TaskStatus::Failed),
                                        ("cancelled", &rt::TaskStatus::Cancelled),
                                        ("canceled", &rt::TaskStatus::Cancelled),
                                    ],
                                ),
                                rt::StatusStep::word(
                                    rt::path!("status"),
                                    &[
                                        ("queued", &rt::TaskStatus::Queued),
                                        ("pending", &rt::TaskStatus::Queued),
                                        ("submitted", &rt::TaskStatus::Queued),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("running", &rt::TaskStatus::Processing),
                                        ("in_progress", &rt::TaskStatus::Processing),
                                        ("completed", &rt::TaskStatus::Completed),
                                        ("success", &rt::TaskStatus::Completed),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                        ("failure", &rt::TaskStatus::Failed),
                                        ("error", &rt::TaskStatus::Failed),
                                        ("cancelled", &rt::TaskStatus::Cancelled),
                                        ("canceled", &rt::TaskStatus::Cancelled),
                                    ],
                                ),
                            ],
                        )
                        .with_progress(
                            &[rt::path!("data.progress"), rt::path!("progress")],
                        )
                        .with_video_url(
                            &[
                                rt::path!("data.result.video_url"),
                                rt::path!("result.video_url"),
                                rt::path!("data.url"),
                                rt::path!("data.mediaUrl"),
                            ],
                        )
                        .with_error(
                            &[
                                rt::path!("data.error_message"),
                                rt::path!("error_message"),
                                rt::path!("data.error_msg"),
                                rt::path!("data.reason"),
                            ],
                        )
                        .with_created_at(
                            &[(rt::path!("data.created_at"), rt::TimeForm::EpochS)],
                        )
                        .with_finished_at(
                            &[(rt::path!("data.completed_at"), rt::TimeForm::EpochS)],
                        ),
                )
                .with_times(
                    &[
                        (rt::path!("data.created_at"), rt::TimeForm::EpochS),
                        (rt::path!("data.completed_at"), rt::TimeForm::EpochS),
                    ],
                ),
        );
    /// Reply of `query` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct QueryResponse {
        /// Result code; "20000" means success (a string, sometimes an integer).
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub code: Option<rt::serde_json::Value>,
        /// Result message.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub msg: Option<String>,
        /// The task.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub data: Option<TaskData>,
    }
    impl QueryResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("code", rt::Shape::JSON)
                .doc(
                    "Result code; \"20000\" means success (a string, sometimes an integer).",
                ),
            rt::Field::body("msg", rt::Shape::STRING).doc("Result message."),
            rt::Field::body("data", rt::Shape::object(TaskData::FIELDS)).doc("The task."),
        ];
    }
    /// Everything the runtime needs to know about this provider, read from its spec, with the
    /// entry points of each operation's typed request.
    #[doc(hidden)]
    pub static PROVIDER: rt::Provider = rt::Provider::new(
        rt::ProviderTable::new(
                "jimmyai",
                "JimmyAI",
                "https://www.jimmyai.cn",
                rt::Auth::header("Authorization", "Bearer ", "JIMMYAI_API_KEY"),
            )
            .with_docs("https://docs.jimmyai.cn/en/api-reference/common/query")
            .with_envelope(rt::Envelope::new(rt::path!("code"), &["20000", "0", "200"]))
            .with_errors(rt::ErrorPaths::new(&[rt::path!("code")], &[rt::path!("msg")]))
            .with_operations(&[&CREATE, &QUERY]),
        &[
            rt::Entry::json::<CreateRequest>(&CREATE),
            rt::Entry::json::<QueryRequest>(&QUERY),
        ],
    );
}
