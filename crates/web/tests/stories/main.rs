//! Stories of people using johto, each run on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used)]

#[macro_use]
mod common;

mod academy;
mod academy_editing;
mod academy_files;
mod access;
mod account_requests;
mod api;
mod assessment;
mod certificates;
mod coaching;
mod csrf;
mod evaluation;
mod events;
mod forms;
mod jobs;
mod language;
mod login;
mod newsletters;
mod operations;
mod passwords;
mod personal_data;
mod search;
mod seeding;
mod sessions;
mod sign_in;
mod solutions;
mod sparring;
mod statistics;
mod tasks;
mod tenancy;
mod trainings;
mod translations;
