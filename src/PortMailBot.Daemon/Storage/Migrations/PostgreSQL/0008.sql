-- Version 8: local sign-in accounts of the web console (operators add EMAIL --password-stdin). Only the
-- password hash (ASP.NET Core's PasswordHasher format) is kept; who may sign in is still Operators:Addresses.
CREATE TABLE operator_accounts (
    email TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
