-- Why a child has, or has no, school place: GRADE_n, UNDER_SCHOOL_AGE or SENIOR_SECONDARY (school-entry.dmn).
alter table child add column school_entry varchar(24);
