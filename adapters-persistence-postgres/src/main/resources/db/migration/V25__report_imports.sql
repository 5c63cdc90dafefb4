-- Imports of sales reports into the stream analytics, found by id within the organization and updated at their
-- version as the worker goes. layout is ReportLayout.Kind; layout_columns a generic report's renamed columns and
-- rejections the first rejected rows, both JSON written by the adapter (ReportImportTrees). file_key names the
-- uploaded file in the blob store.
CREATE TABLE report_imports (
    id              text        NOT NULL,
    organization_id text        NOT NULL,
    layout          text        NOT NULL,
    layout_columns  text        NOT NULL,
    file_key        text        NOT NULL,
    file_size       bigint      NOT NULL,
    status          text        NOT NULL,
    rows_read       bigint      NOT NULL,
    recorded        bigint      NOT NULL,
    duplicates      bigint      NOT NULL,
    rejected        bigint      NOT NULL,
    rejections      text        NOT NULL,
    failure_reason  text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    version         bigint      NOT NULL,
    CONSTRAINT report_imports_pkey PRIMARY KEY (id),
    CONSTRAINT report_imports_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT report_imports_layout_check CHECK (layout IN ('GENERIC', 'DISTROKID', 'TUNECORE')),
    CONSTRAINT report_imports_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
