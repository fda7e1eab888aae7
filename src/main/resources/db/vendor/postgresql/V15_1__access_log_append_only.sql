-- The access log cannot be changed or emptied, not even by hand through the application's database user.
create function access_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_record is append-only: % refused', tg_op;
end
$$;
create trigger access_record_no_change before update or delete on access_record
    for each statement execute function access_record_append_only();
create trigger access_record_no_truncate before truncate on access_record
    for each statement execute function access_record_append_only();
