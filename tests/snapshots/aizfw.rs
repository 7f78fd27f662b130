// Generated from specs/aizfw.yaml by grokvid-codegen; do not edit. Refresh: UPDATE_SNAPSHOTS=1 cargo test -p grokvid-tests --test snapshots
/// GlobalAI OPC (aizfw): generated from `specs/aizfw.yaml`.
///
/// GlobalAI OPC video gateway on zcbservice.aizfw.cn. Create on POST /v1/grok/videos, poll the shared GET /v1/result/{id} every 30-60 s. The video_url is temporary (about 24 h). This spec follows the seed (models grok_video3 and grok_video3_pro); newer docs add grok_video3_max and grok_video3_stable.
///
/// Vendor docs: <https://docs.globalaiopc.com/en/api-reference/video/grok/grok-create>
pub mod aizfw {
    use ::grokvid::rt;
    rt::client!(
        #[doc =
        " A client for GlobalAI OPC (aizfw). The key is read from `AIZFW_API_KEY` by [`Client::from_env`]; the base URL, timeouts and retries come from `grokvid::ClientConfig`."]
        Client, PROVIDER
    );
    impl Client {
        /// Create a Grok video task (text-to-video, or image-to-video with image_urls).
        ///
        /// `POST /v1/grok/videos`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn create(
            &self,
            request: &CreateRequest,
        ) -> Result<rt::Reply<CreateResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Get a task's status and result (one endpoint for every model family).
        ///
        /// `GET /v1/result/{id}`.
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
        /// `grok_video3`: Variable duration 6-30 seconds, 480p or 720p, billed per second, up to 7 reference images.
        GrokVideo3,
        /// `grok_video3_pro`: Fixed 10 seconds, resolution not configurable, billed per task.
        GrokVideo3Pro,
    }
    impl rt::WireEnum for Model {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Model",
            &[rt::Scalar::Str("grok_video3"), rt::Scalar::Str("grok_video3_pro")],
        );
        const ALL: &'static [Self] = &[Self::GrokVideo3, Self::GrokVideo3Pro];
    }
    rt::wire_enum!(Model);
    /// Output aspect ratio.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum AspectRatio {
        /// `16:9`: Landscape.
        R16x9,
        /// `9:16`: Portrait.
        R9x16,
        /// `1:1`: Square.
        R1x1,
        /// `3:2`: Standard landscape.
        R3x2,
        /// `2:3`: Standard portrait.
        R2x3,
    }
    impl rt::WireEnum for AspectRatio {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "AspectRatio",
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
    rt::wire_enum!(AspectRatio);
    /// Output resolution.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Resolution {
        /// `480p`: Standard definition (the default).
        P480,
        /// `720p`: High definition.
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
    /// Task status words.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Status {
        /// `queued`: In queue.
        Queued,
        /// `processing`: Processing.
        Processing,
        /// `completed`: Completed; video_url is set.
        Completed,
        /// `failed`: Failed; error holds the message.
        Failed,
        /// `cancelled`: Cancelled (the platform's async guide lists it for Seedance 1.5 only).
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
    /// Create a Grok video task (text-to-video, or image-to-video with image_urls).
    ///
    /// `POST /v1/grok/videos` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CreateRequest {
        /// Model name; grok_video3 (6-30 s, per second) or grok_video3_pro (fixed 10 s).
        pub model: Model,
        /// Video generation prompt describing the desired video content.
        pub prompt: String,
        /// Video duration in seconds. grok_video3: 6-30, default 6. grok_video3_pro: fixed 10 (no need to set).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<i64>,
        /// Output video aspect ratio; defaults to 16:9.
        ///
        /// Default `16:9` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub aspect_ratio: Option<AspectRatio>,
        /// Output resolution, default 480p; only grok_video3 supports choosing it.
        ///
        /// Default `480p` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub resolution: Option<Resolution>,
        /// Reference image URLs for image-to-video (public jpeg, png or webp URLs). grok_video3 supports up to 7; grok_video3_pro supports reference images.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub image_urls: Option<Vec<rt::Url>>,
    }
    impl CreateRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(model: Model, prompt: impl Into<String>) -> Self {
            Self {
                model,
                prompt: prompt.into(),
                duration: None,
                aspect_ratio: None,
                resolution: None,
                image_urls: None,
            }
        }
    }
    impl rt::FieldAccess for CreateRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "model" => rt::FieldValue::field_ref(&self.model),
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "duration" => rt::FieldValue::field_ref(&self.duration),
                "aspect_ratio" => rt::FieldValue::field_ref(&self.aspect_ratio),
                "resolution" => rt::FieldValue::field_ref(&self.resolution),
                "image_urls" => rt::FieldValue::field_ref(&self.image_urls),
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
        /// - `rule_0`: "grok_video3 supports 6-30 seconds"
        /// - `rule_1`: "grok_video3_pro is fixed at 10 seconds"
        /// - `rule_2`: "grok_video3_pro does not support choosing the resolution"
        /// - `rule_3`: "grok_video3 supports up to 7 reference images"
        #[inline]
        fn rules_hold(&self) -> bool {
            let model = rt::FieldValue::field_ref(&self.model);
            let duration = rt::FieldValue::field_ref(&self.duration);
            let resolution = rt::FieldValue::field_ref(&self.resolution);
            let image_urls = rt::FieldValue::field_ref(&self.image_urls);
            let rule_0 = !model.equals_any(&[rt::Scalar::Str("grok_video3")])
                || duration.range_ok(Some(6.0), Some(30.0));
            let rule_1 = !model.equals_any(&[rt::Scalar::Str("grok_video3_pro")])
                || duration.fixed_ok(&rt::Scalar::Int(10));
            let rule_2 = !model.equals_any(&[rt::Scalar::Str("grok_video3_pro")])
                || rt::FieldRef::forbidden_ok([resolution]);
            let rule_3 = !model.equals_any(&[rt::Scalar::Str("grok_video3")])
                || image_urls.items_ok(None, Some(7));
            rule_0 && rule_1 && rule_2 && rule_3
        }
    }
    ///The table of `create`.
    #[doc(hidden)]
    pub static CREATE: rt::Operation = rt::Operation::new(
            "create",
            rt::Role::Create,
            rt::Method::Post,
            rt::PathTemplate::new(&[rt::Seg::Lit("/v1/grok/videos")]),
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
                        "Model name; grok_video3 (6-30 s, per second) or grok_video3_pro (fixed 10 s).",
                    ),
                rt::Field::body("prompt", rt::Shape::STRING)
                    .required()
                    .doc(
                        "Video generation prompt describing the desired video content.",
                    ),
                rt::Field::body("duration", rt::Shape::INTEGER)
                    .doc(
                        "Video duration in seconds. grok_video3: 6-30, default 6. grok_video3_pro: fixed 10 (no need to set).",
                    ),
                rt::Field::body(
                        "aspect_ratio",
                        rt::Shape::enumeration(<AspectRatio as rt::WireEnum>::INFO),
                    )
                    .default(rt::Scalar::Str("16:9"))
                    .doc("Output video aspect ratio; defaults to 16:9."),
                rt::Field::body(
                        "resolution",
                        rt::Shape::enumeration(<Resolution as rt::WireEnum>::INFO),
                    )
                    .default(rt::Scalar::Str("480p"))
                    .doc(
                        "Output resolution, default 480p; only grok_video3 supports choosing it.",
                    ),
                rt::Field::body("image_urls", rt::Shape::list(&rt::Shape::URL))
                    .doc(
                        "Reference image URLs for image-to-video (public jpeg, png or webp URLs). grok_video3 supports up to 7; grok_video3_pro supports reference images.",
                    ),
            ],
        )
        .with_rules(
            &[
                rt::Rule::new(rt::Check::Range {
                        field: "duration",
                        min: Some(6.0),
                        max: Some(30.0),
                    })
                    .with_when(
                        &[
                            rt::Condition::Equals {
                                field: "model",
                                any_of: &[rt::Scalar::Str("grok_video3")],
                            },
                        ],
                    )
                    .with_message("grok_video3 supports 6-30 seconds"),
                rt::Rule::new(rt::Check::Fixed {
                        field: "duration",
                        value: rt::Scalar::Int(10),
                    })
                    .with_when(
                        &[
                            rt::Condition::Equals {
                                field: "model",
                                any_of: &[rt::Scalar::Str("grok_video3_pro")],
                            },
                        ],
                    )
                    .with_message("grok_video3_pro is fixed at 10 seconds"),
                rt::Rule::new(rt::Check::Forbidden(&["resolution"]))
                    .with_when(
                        &[
                            rt::Condition::Equals {
                                field: "model",
                                any_of: &[rt::Scalar::Str("grok_video3_pro")],
                            },
                        ],
                    )
                    .with_message(
                        "grok_video3_pro does not support choosing the resolution",
                    ),
                rt::Rule::new(rt::Check::Items {
                        field: "image_urls",
                        min: None,
                        max: Some(7),
                    })
                    .with_when(
                        &[
                            rt::Condition::Equals {
                                field: "model",
                                any_of: &[rt::Scalar::Str("grok_video3")],
                            },
                        ],
                    )
                    .with_message("grok_video3 supports up to 7 reference images"),
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
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("in_progress", &rt::TaskStatus::Processing),
                                        ("running", &rt::TaskStatus::Processing),
                                        ("completed", &rt::TaskStatus::Completed),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("success", &rt::TaskStatus::Completed),
                                        ("done", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                        ("failure", &rt::TaskStatus::Failed),
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
                        .with_video_url(
                            &[
                                rt::path!("video_url"),
                                rt::path!("output.url"),
                                rt::path!("url"),
                                rt::path!("data[0].url"),
                            ],
                        )
                        .with_error(&[rt::path!("error")])
                        .with_created_at(&[(rt::path!("created"), rt::TimeForm::EpochS)]),
                )
                .with_times(&[(rt::path!("created"), rt::TimeForm::EpochS)]),
        )
        .with_unified(
            rt::Unified::NONE
                .with_prompt(rt::Neutral::new("prompt"))
                .with_model(rt::Neutral::new("model"))
                .with_duration(rt::Neutral::new("duration"))
                .with_aspect_ratio(rt::Neutral::new("aspect_ratio"))
                .with_resolution(rt::Neutral::new("resolution"))
                .with_images(rt::Neutral::new("image_urls")),
        );
    /// Reply of `create` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct CreateResponse {
        /// Task id, used to query the task.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Object type, always "video".
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub object: Option<String>,
        /// Task creation timestamp.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub created: Option<i64>,
        /// Model name used.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Task status.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<rt::Open<Status>>,
        /// Error message, returned when the status is failed.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
    }
    impl CreateResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("id", rt::Shape::STRING)
                .doc("Task id, used to query the task."),
            rt::Field::body("object", rt::Shape::STRING)
                .doc("Object type, always \"video\"."),
            rt::Field::body("created", rt::Shape::INTEGER)
                .doc("Task creation timestamp."),
            rt::Field::body("model", rt::Shape::STRING).doc("Model name used."),
            rt::Field::body(
                    "status",
                    rt::Shape::enumeration(<Status as rt::WireEnum>::INFO),
                )
                .doc("Task status."),
            rt::Field::body("error", rt::Shape::STRING)
                .doc("Error message, returned when the status is failed."),
        ];
    }
    /// Get a task's status and result (one endpoint for every model family).
    ///
    /// `GET /v1/result/{id}`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct QueryRequest {
        /// The id returned by create (for example video_fd35ee52-...).
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
            out.path("id", &self.id);
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
            rt::PathTemplate::new(&[rt::Seg::Lit("/v1/result/"), rt::Seg::Param("id")]),
        )
        .with_params(
            &[
                rt::Field::path("id", rt::Shape::STRING)
                    .task_id()
                    .doc("The id returned by create (for example video_fd35ee52-...)."),
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
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("in_progress", &rt::TaskStatus::Processing),
                                        ("running", &rt::TaskStatus::Processing),
                                        ("completed", &rt::TaskStatus::Completed),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("success", &rt::TaskStatus::Completed),
                                        ("done", &rt::TaskStatus::Completed),
                                        ("failed", &rt::TaskStatus::Failed),
                                        ("failure", &rt::TaskStatus::Failed),
                                        ("error", &rt::TaskStatus::Failed),
                                        ("cancelled", &rt::TaskStatus::Cancelled),
                                        ("canceled", &rt::TaskStatus::Cancelled),
                                        ("expired", &rt::TaskStatus::Expired),
                                        ("unknown", rt::TaskStatus::UNKNOWN),
                                    ],
                                ),
                            ],
                        )
                        .with_video_url(
                            &[
                                rt::path!("video_url"),
                                rt::path!("output.url"),
                                rt::path!("url"),
                                rt::path!("data[0].url"),
                            ],
                        )
                        .with_error(&[rt::path!("error")])
                        .with_created_at(&[(rt::path!("created"), rt::TimeForm::EpochS)]),
                )
                .with_times(&[(rt::path!("created"), rt::TimeForm::EpochS)]),
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
        /// Object type, always "video".
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub object: Option<String>,
        /// Task creation timestamp.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub created: Option<i64>,
        /// Model name.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Task status.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<rt::Open<Status>>,
        /// Video URL once completed (temporary, about 24 h); null before.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub video_url: Option<String>,
        /// Actual video length in seconds; present only when completed.
        #[serde(rename = "actualDuration")]
        #[serde(deserialize_with = "rt::lenient::number")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub actual_duration: Option<f64>,
        /// Error message; present only when failed.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
    }
    impl QueryResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("id", rt::Shape::STRING).doc("Task id."),
            rt::Field::body("object", rt::Shape::STRING)
                .doc("Object type, always \"video\"."),
            rt::Field::body("created", rt::Shape::INTEGER)
                .doc("Task creation timestamp."),
            rt::Field::body("model", rt::Shape::STRING).doc("Model name."),
            rt::Field::body(
                    "status",
                    rt::Shape::enumeration(<Status as rt::WireEnum>::INFO),
                )
                .doc("Task status."),
            rt::Field::body("video_url", rt::Shape::STRING)
                .doc("Video URL once completed (temporary, about 24 h); null before."),
            rt::Field::body("actualDuration", rt::Shape::NUMBER)
                .doc("Actual video length in seconds; present only when completed."),
            rt::Field::body("error", rt::Shape::STRING)
                .doc("Error message; present only when failed."),
        ];
    }
    /// Everything the runtime needs to know about this provider, read from its spec, with the
    /// entry points of each operation's typed request.
    #[doc(hidden)]
    pub static PROVIDER: rt::Provider = rt::Provider::new(
        rt::ProviderTable::new(
                "aizfw",
                "GlobalAI OPC (aizfw)",
                "https://zcbservice.aizfw.cn/kyyReactApiServer",
                rt::Auth::header("Authorization", "Bearer ", "AIZFW_API_KEY"),
            )
            .with_docs(
                "https://docs.globalaiopc.com/en/api-reference/video/grok/grok-create",
            )
            .with_polling(rt::Polling::new(0, 30000))
            .with_operations(&[&CREATE, &QUERY]),
        &[
            rt::Entry::json::<CreateRequest>(&CREATE),
            rt::Entry::json::<QueryRequest>(&QUERY),
        ],
    );
}
