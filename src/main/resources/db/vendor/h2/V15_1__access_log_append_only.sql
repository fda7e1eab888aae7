-- H2 (development) runs triggers only as Java classes on its own class path: the access log is kept
-- append-only there by having no code that updates or deletes it (cn.anju.accesslog.internal.AccessLogStore).
select 1;
