// Generated from specs/unified.yaml by grokvid-codegen; do not edit. Refresh: UPDATE_SNAPSHOTS=1 cargo test -p grokvid-tests --test snapshots
/// Unified video format (aimanyi template): generated from `specs/unified.yaml`.
///
/// The "unified format" video API shared by several resellers (aimanyi, kkiai, gptplus5, deepwl, anyapi, octopusx). Create with POST /v1/video/create, poll with GET /v1/video/query?id=. The seed's vendor documents no host; the default base URL is https://www.kkiai.com, which serves the same template. Override it for other hosts (for example https://az.gptplus5.com).
///
/// Vendor docs: <https://doc.aimanyi.top/api-384123355.html>
pub mod unified {
    use ::grokvid::rt;
    rt::client!(
        #[doc =
        " A client for Unified video format (aimanyi template). The key is read from `UNIFIED_API_KEY` by [`Client::from_env`]; the base URL, timeouts and retries come from `grokvid::ClientConfig`."]
        Client, PROVIDER
    );
    impl Client {
        /// Create a video task (text-to-video, or image-to-video when images are given).
        ///
        /// `POST /v1/video/create`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn create(
            &self,
            request: &CreateRequest,
        ) -> Result<rt::Reply<CreateResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Query a task created with /v1/video/create (send no body).
        ///
        /// `GET /v1/video/query`.
        pub async fn query(
            &self,
            request: &QueryRequest,
        ) -> Result<rt::Reply<QueryResponse>, rt::Error> {
            self.inner.send(request).await
        }
    }
    /// Video models offered through the unified format.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Model {
        /// `grok-video-3`: Grok video model.
        GrokVideo3,
    }
    impl rt::WireEnum for Model {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Model",
            &[rt::Scalar::Str("grok-video-3")],
        );
        const ALL: &'static [Self] = &[Self::GrokVideo3];
    }
    rt::wire_enum!(Model);
    /// Task status words of the unified format.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Status {
        /// `pending`: Waiting to start (listed on deepwl's same-format Veo page).
        Pending,
        /// `processing`: Being generated.
        Processing,
        /// `completed`: Finished; video_url holds the result.
        Completed,
        /// `failed`: The task failed.
        Failed,
        /// `unknown`: The upstream state is not known; normalized to unknown.
        Unknown,
    }
    impl rt::WireEnum for Status {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Status",
            &[
                rt::Scalar::Str("pending"),
                rt::Scalar::Str("processing"),
                rt::Scalar::Str("completed"),
                rt::Scalar::Str("failed"),
                rt::Scalar::Str("unknown"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::Pending,
            Self::Processing,
            Self::Completed,
            Self::Failed,
            Self::Unknown,
        ];
    }
    rt::wire_enum!(Status);
    /// Aspect ratio; the docs list 2:3, 3:2 and 1:1 and the example sends 9:16. With reference images the ratio follows the image size.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum AspectRatio {
        /// `2:3`
        R2x3,
        /// `3:2`
        R3x2,
        /// `1:1`
        R1x1,
        /// `9:16`
        R9x16,
        /// `16:9`
        R16x9,
    }
    impl rt::WireEnum for AspectRatio {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "AspectRatio",
            &[
                rt::Scalar::Str("2:3"),
                rt::Scalar::Str("3:2"),
                rt::Scalar::Str("1:1"),
                rt::Scalar::Str("9:16"),
                rt::Scalar::Str("16:9"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::R2x3,
            Self::R3x2,
            Self::R1x1,
            Self::R9x16,
            Self::R16x9,
        ];
    }
    rt::wire_enum!(AspectRatio);
    /// Resolution, 720P or 1080P (some copies of the page say only 720P is available for now).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Size {
        /// `720P`
        P720,
        /// `1080P`
        P1080,
    }
    impl rt::WireEnum for Size {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Size",
            &[rt::Scalar::Str("720P"), rt::Scalar::Str("1080P")],
        );
        const ALL: &'static [Self] = &[Self::P720, Self::P1080];
    }
    rt::wire_enum!(Size);
    /// Create a video task (text-to-video, or image-to-video when images are given).
    ///
    /// `POST /v1/video/create` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CreateRequest {
        /// Model name, grok-video-3.
        pub model: Model,
        /// Prompt text. Option flags may be appended, as in the example "cat fish --mode=custom".
        pub prompt: String,
        /// Aspect ratio; the docs list 2:3, 3:2 and 1:1 and the example sends 9:16. With reference images the ratio follows the image size.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub aspect_ratio: Option<AspectRatio>,
        /// Resolution, 720P or 1080P (some copies of the page say only 720P is available for now).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<Size>,
        /// Reference image links (image-to-video). Empty or omitted for text-to-video.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub images: Option<Vec<rt::Url>>,
    }
    impl CreateRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(model: Model, prompt: impl Into<String>) -> Self {
            Self {
                model,
                prompt: prompt.into(),
                aspect_ratio: None,
                size: None,
                images: None,
            }
        }
    }
    impl rt::FieldAccess for CreateRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "model" => rt::FieldValue::field_ref(&self.model),
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "aspect_ratio" => rt::FieldValue::field_ref(&self.aspect_ratio),
                "size" => rt::FieldValue::field_ref(&self.size),
                "images" => rt::FieldValue::field_ref(&self.images),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for CreateRequest {
        type Response = CreateResponse;
        fn operation() -> &'static rt::Operation {
            &CREATE
        }
        /// No rules and no list limits: nothing to check across fields.
        fn rules_hold(&self) -> bool {
            true
        }
    }
    ///The table of `create`.
    #[doc(hidden)]
    pub static CREATE: rt::Operation = rt::Operation::new(
            "create",
            rt::Role::Create,
            rt::Method::Post,
            rt::PathTemplate::new(&[rt::Seg::Lit("/v1/video/create")]),
        )
        .with_body(rt::BodyKind::Json)
        .with_headers(&[("Accept", "application/json")])
        .with_params(
            &[
                rt::Field::body(
                        "model",
                        rt::Shape::enumeration(<Model as rt::WireEnum>::INFO),
                    )
                    .required()
                    .doc("Model name, grok-video-3."),
                rt::Field::body("prompt", rt::Shape::STRING)
                    .required()
                    .doc(
                        "Prompt text. Option flags may be appended, as in the example \"cat fish --mode=custom\".",
                    ),
                rt::Field::body(
                        "aspect_ratio",
                        rt::Shape::enumeration(<AspectRatio as rt::WireEnum>::INFO),
                    )
                    .doc(
                        "Aspect ratio; the docs list 2:3, 3:2 and 1:1 and the example sends 9:16. With reference images the ratio follows the image size.",
                    ),
                rt::Field::body(
                        "size",
                        rt::Shape::enumeration(<Size as rt::WireEnum>::INFO),
                    )
                    .doc(
                        "Resolution, 720P or 1080P (some copies of the page say only 720P is available for now).",
                    ),
                rt::Field::body("images", rt::Shape::list(&rt::Shape::URL))
                    .doc(
                        "Reference image links (image-to-video). Empty or omitted for text-to-video.",
                    ),
            ],
        )
        .with_response(
            rt::Response::new(CreateResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("id")])
                        .with_status(
                            &[
                                rt::StatusStep::word(
                                    rt::path!("status"),
                                    &[
                                        ("pending", &rt::TaskStatus::Queued),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("completed", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                    ],
                                ),
                                rt::StatusStep::otherwise(&rt::TaskStatus::Queued),
                            ],
                        )
                        .with_progress(&[rt::path!("progress")])
                        .with_video_url(&[rt::path!("video_url")]),
                ),
        )
        .with_unified(
            rt::Unified::NONE
                .with_prompt(rt::Neutral::new("prompt"))
                .with_model(rt::Neutral::new("model"))
                .with_aspect_ratio(rt::Neutral::new("aspect_ratio"))
                .with_resolution(
                    rt::Neutral::new("size")
                        .with_values(&[("720p", "720P"), ("1080p", "1080P")]),
                )
                .with_images(rt::Neutral::new("images")),
        );
    /// Reply of `create` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct CreateResponse {
        /// Task id, usually shaped like grok:<uuid>; pass it to query.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Task status.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<rt::Open<Status>>,
        /// Unix time of the last status change, in seconds or milliseconds depending on the upstream.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status_update_time: Option<i64>,
    }
    impl CreateResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("id", rt::Shape::STRING)
                .doc("Task id, usually shaped like grok:<uuid>; pass it to query."),
            rt::Field::body(
                    "status",
                    rt::Shape::enumeration(<Status as rt::WireEnum>::INFO),
                )
                .doc("Task status."),
            rt::Field::body("status_update_time", rt::Shape::INTEGER)
                .doc(
                    "Unix time of the last status change, in seconds or milliseconds depending on the upstream.",
                ),
        ];
    }
    /// Query a task created with /v1/video/create (send no body).
    ///
    /// `GET /v1/video/query`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct QueryRequest {
        /// The id returned by create (for example grok:<uuid>).
        #[serde(skip_serializing)]
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
        fn write_params(&self, out: &mut rt::Params) {
            out.query("id", &self.id);
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
            rt::PathTemplate::new(&[rt::Seg::Lit("/v1/video/query")]),
        )
        .with_headers(&[("Accept", "application/json")])
        .with_params(
            &[
                rt::Field::query("id", rt::Shape::STRING)
                    .required()
                    .task_id()
                    .doc("The id returned by create (for example grok:<uuid>)."),
            ],
        )
        .with_response(
            rt::Response::new(QueryResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("id")])
                        .with_status(
                            &[
                                rt::StatusStep::word(
                                    rt::path!("status"),
                                    &[
                                        ("pending", &rt::TaskStatus::Queued),
                                        ("queued", &rt::TaskStatus::Queued),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("in_progress", &rt::TaskStatus::Processing),
                                        ("completed", &rt::TaskStatus::Completed),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                        ("unknown", rt::TaskStatus::UNKNOWN),
                                    ],
                                ),
                            ],
                        )
                        .with_progress(&[rt::path!("progress")])
                        .with_video_url(&[rt::path!("video_url")]),
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
        /// Task status; Grok tasks report processing, completed, failed or unknown.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<rt::Open<Status>>,
        /// Final video URL; null until the task completes.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub video_url: Option<String>,
        /// The prompt as rewritten by the upstream.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub enhanced_prompt: Option<String>,
        /// Unix time of the last status change, in seconds or milliseconds depending on the upstream.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status_update_time: Option<i64>,
        /// Progress percentage; present only in some responses.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub progress: Option<i64>,
        /// Optional echo of the prompt.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub prompt: Option<String>,
        /// Optional echo of the aspect ratio.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ratio: Option<String>,
        /// Thumbnail URL, optional, after completion.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub thumbnail_url: Option<String>,
    }
    impl QueryResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("id", rt::Shape::STRING).doc("Task id."),
            rt::Field::body(
                    "status",
                    rt::Shape::enumeration(<Status as rt::WireEnum>::INFO),
                )
                .doc(
                    "Task status; Grok tasks report processing, completed, failed or unknown.",
                ),
            rt::Field::body("video_url", rt::Shape::STRING)
                .doc("Final video URL; null until the task completes."),
            rt::Field::body("enhanced_prompt", rt::Shape::STRING)
                .doc("The prompt as rewritten by the upstream."),
            rt::Field::body("status_update_time", rt::Shape::INTEGER)
                .doc(
                    "Unix time of the last status change, in seconds or milliseconds depending on the upstream.",
                ),
            rt::Field::body("progress", rt::Shape::INTEGER)
                .doc("Progress percentage; present only in some responses."),
            rt::Field::body("prompt", rt::Shape::STRING)
                .doc("Optional echo of the prompt."),
            rt::Field::body("ratio", rt::Shape::STRING)
                .doc("Optional echo of the aspect ratio."),
            rt::Field::body("thumbnail_url", rt::Shape::STRING)
                .doc("Thumbnail URL, optional, after completion."),
        ];
    }
    /// Everything the runtime needs to know about this provider, read from its spec, with the
    /// entry points of each operation's typed request.
    #[doc(hidden)]
    pub static PROVIDER: rt::Provider = rt::Provider::new(
        rt::ProviderTable::new(
                "unified",
                "Unified video format (aimanyi template)",
                "https://www.kkiai.com",
                rt::Auth::header("Authorization", "Bearer ", "UNIFIED_API_KEY"),
            )
            .with_docs("https://doc.aimanyi.top/api-384123355.html")
            .with_operations(&[&CREATE, &QUERY]),
        &[
            rt::Entry::json::<CreateRequest>(&CREATE),
            rt::Entry::json::<QueryRequest>(&QUERY),
        ],
    );
}
