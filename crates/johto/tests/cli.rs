//! The command line, run as an operator would: the real binary on a fresh database,
//! SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)]

mod common;

use std::{
    io::Write,
    process::{Command, Output, Stdio},
};

use common::{Cli, Running};

/// One HTTP/1.0 exchange (so the answer is never chunked): the status line and
/// headers, and the body.
fn http(port: u16, request: &str) -> (String, String) {
    use std::io::Read;
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    (head.to_owned(), body.to_owned())
}

/// The `name=value` of the cookie `name` a response sets, or nothing.
fn cookie_of(head: &str, name: &str) -> String {
    head.lines()
        .filter_map(|l| {
            l.strip_prefix("set-cookie: ")
                .or_else(|| l.strip_prefix("Set-Cookie: "))
        })
        .filter_map(|c| c.split(';').next())
        .find(|c| c.split('=').next() == Some(name))
        .unwrap_or_default()
        .to_owned()
}

/// `johto serve` on the database, once it answers; and its port.
fn serve(cli: &Cli) -> (Running, u16) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = Running(
        Command::new(env!("CARGO_BIN_EXE_johto"))
            .args([
                "serve",
                "--bind",
                &format!("127.0.0.1:{port}"),
                "--no-worker",
            ])
            .env("JOHTO_DATABASE_URL", &cli.database)
            .env("JOHTO_DATA_DIR", cli.dir.path())
            .env("JOHTO_PUBLIC_URL", "https://johto.example.fi")
            .env("JOHTO_MIGRATE_ON_START", "false")
            .env("JOHTO_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let started = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed().as_secs() < 30, "the server did not start");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    (server, port)
}

/// The names of the running process's threads.
fn threads_of(process: &Running) -> Vec<String> {
    std::fs::read_dir(format!("/proc/{}/task", process.0.id()))
        .unwrap()
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("comm")).ok())
        .map(|name| name.trim_end().to_owned())
        .collect()
}

/// The README's "Running it for real", on a database with nothing in it: migrate, add
/// the first organisation and its administrator, serve with migrations off and no
/// worker, and sign in through the login form.
fn an_operator_deploys_from_nothing_and_signs_in(cli: &Cli) {
    let out = cli.run(&["migrate"], "");
    assert!(out.status.success(), "{}", text(&out));
    let out = cli.run(&["org", "list"], "");
    assert!(
        out.status.success() && out.stdout.is_empty(),
        "no demo data: {}",
        text(&out)
    );
    let add_anna = [
        "user",
        "add",
        "--email",
        "anna@espoo.fi",
        "--name",
        "Anna A",
        "--org",
        "espoon-kaupunki",
        "--role",
        "administrator",
        "--password-stdin",
    ];
    let out = cli.run(&add_anna, "a long enough password\n");
    assert!(!out.status.success(), "no organisation yet: {}", text(&out));
    let out = cli.run(
        &[
            "org",
            "add",
            "--slug",
            "espoon-kaupunki",
            "--name-fi",
            "Espoon kaupunki",
            "--name-sv",
            "Esbo stad",
            "--name-en",
            "City of Espoo",
            "--kind",
            "municipality",
            "--business-id",
            "0101263-6",
            "--domain",
            "espoo.fi",
            "--domain",
            "esbo.fi",
            "--languages",
            "fi,sv",
        ],
        "",
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = cli.run(&add_anna, "a long enough password\n");
    assert!(out.status.success(), "{}", text(&out));

    let (server, port) = serve(cli);
    assert!(
        threads_of(&server).contains(&"jemalloc_bg_thd".to_owned()),
        "the allocator's settings are built in: freed pages go back on a thread of its own"
    );
    let (head, body) = http(port, "GET /fi/login HTTP/1.0\r\n\r\n");
    let cookie = cookie_of(&head, "__Host-johto-csrf");
    assert!(
        !cookie.is_empty(),
        "https gives the form a host-prefixed cookie: {head}"
    );
    let csrf = body
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let form = format!("csrf={csrf}&next=&email=anna%40espoo.fi&password=a+long+enough+password");
    let (head, _) = http(
        port,
        &format!(
            "POST /fi/login HTTP/1.0\r\ncookie: {cookie}\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: {}\r\n\r\n{form}",
            form.len()
        ),
    );
    assert!(
        head.starts_with("HTTP/1.0 303") || head.starts_with("HTTP/1.1 303"),
        "{head}"
    );
    let signed_in = cookie_of(&head, "__Host-johto");
    assert!(
        !signed_in.is_empty(),
        "and the session a host-prefixed cookie: {head}"
    );
    let (_, body) = http(
        port,
        &format!("GET /fi/admin HTTP/1.0\r\ncookie: {signed_in}\r\n\r\n"),
    );
    drop(server);
    assert!(
        body.contains("Anna A"),
        "signed in as the administrator: {body}"
    );
    assert!(
        body.contains("Espoon kaupunki") || body.contains("/fi/admin/organisations"),
        "{body}"
    );
}

fn an_operator_imports_organisations_from_a_file(cli: &Cli) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("organisations.csv");
    std::fs::write(&file, "slug,name_fi,name_sv,kind,business_id,domains,parent,languages,region\n\
        jamsan-kaupunki,Jämsän kaupunki,Jämsä stad,municipality,0101263-6,jamsa.fi,,fi,keski-suomi\n\
        jamsan-vesi,Jämsän Vesi Oy,Jämsä Vatten Ab,municipal_company,0101263-6,jamsanvesi.fi,jamsan-kaupunki,fi,\n\
        loviisan-kaupunki,Loviisan kaupunki,Lovisa stad,municipality,0101263-6,loviisa.fi lovisa.fi,,\"fi,sv\",uusimaa\n").unwrap();
    let path = file.to_str().unwrap();
    let out = cli.run(&["org", "import", path], "");
    assert!(
        text(&out).contains("3 added, 0 updated, 0 unchanged."),
        "{}",
        text(&out)
    );
    let out = cli.run(&["org", "import", path], "");
    assert!(
        text(&out).contains("0 added, 0 updated, 3 unchanged."),
        "a second run changes nothing: {}",
        text(&out)
    );
    let list = text(&cli.run(&["org", "list"], ""));
    assert_eq!(list.lines().count(), 3, "{list}");
    assert!(
        list.contains("jamsan-vesi") && list.contains("municipal_group_company"),
        "{list}"
    );
    assert!(
        list.lines()
            .any(|l| l.starts_with("jamsan-kaupunki") && l.contains("keski-suomi")),
        "the region is kept: {list}"
    );

    // A bad row names its line, and nothing of that file is written.
    std::fs::write(
        &file,
        "slug,name_fi,name_sv,kind,business_id,domains\n\
        mikkelin-kaupunki,Mikkelin kaupunki,S:t Michels stad,municipality,0101263-6,mikkeli.fi\n\
        pori,Porin kaupunki,Björneborgs stad,municipality,0101263-5,pori.fi\n",
    )
    .unwrap();
    let out = cli.run(&["org", "import", path], "");
    assert!(!out.status.success());
    assert!(
        text(&out).contains("line 3") && text(&out).contains("--business-id"),
        "{}",
        text(&out)
    );
    // A row the database refuses (a domain of another organisation) is named too.
    std::fs::write(
        &file,
        "slug,name_fi,name_sv,kind,business_id,domains\n\
        mikkelin-kaupunki,Mikkelin kaupunki,S:t Michels stad,municipality,0101263-6,mikkeli.fi\n\
        porin-kaupunki,Porin kaupunki,Björneborgs stad,municipality,0101263-6,jamsa.fi\n",
    )
    .unwrap();
    let out = cli.run(&["org", "import", path], "");
    assert!(!out.status.success());
    assert!(
        text(&out).contains("line 3") && text(&out).contains("belongs to another organisation"),
        "{}",
        text(&out)
    );
    let list = text(&cli.run(&["org", "list"], ""));
    assert!(
        !list.contains("mikkelin-kaupunki"),
        "nothing of a refused file is written: {list}"
    );

    let refusals: [(&[&str], &str); 3] = [
        (
            &[
                "org",
                "add",
                "--slug",
                "x",
                "--name-fi",
                "X",
                "--name-sv",
                "X",
                "--kind",
                "municipality",
                "--business-id",
                "0101263-5",
            ],
            "--business-id",
        ),
        (
            &[
                "org",
                "add",
                "--slug",
                "jamsan-kaupunki",
                "--name-fi",
                "X",
                "--name-sv",
                "X",
                "--kind",
                "municipality",
                "--business-id",
                "0101263-6",
            ],
            "is taken",
        ),
        (
            &[
                "org",
                "add",
                "--slug",
                "x",
                "--name-fi",
                "X",
                "--name-sv",
                "X",
                "--kind",
                "municipality",
                "--business-id",
                "0101263-6",
                "--parent",
                "atlantis",
            ],
            "--parent: no organisation \"atlantis\"",
        ),
    ];
    for (args, expected) in refusals {
        let out = cli.run(args, "");
        assert!(!out.status.success(), "{args:?}");
        assert!(text(&out).contains(expected), "{args:?}: {}", text(&out));
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn an_operator_migrates_seeds_and_manages_users(cli: &Cli) {
    let out = cli.run(&["migrate"], "");
    assert!(out.status.success(), "{}", text(&out));
    let out = cli.run(&["seed", "--demo"], "");
    assert!(text(&out).contains("Demo data seeded."), "{}", text(&out));
    let out = cli.run(&["seed", "--demo"], "");
    assert!(
        text(&out).contains("nothing seeded"),
        "seeding never runs twice: {}",
        text(&out)
    );

    let add = [
        "user",
        "add",
        "--email",
        "Anna.A@Espoo.example",
        "--name",
        "Anna A",
        "--org",
        "espoon-kaupunki",
        "--role",
        "hr-developer",
        "--role",
        "manager",
        "--lang",
        "sv",
        "--password-stdin",
    ];
    let out = cli.run(&add, "a long enough password\n");
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("anna.a@espoo.example"));
    let out = cli.run(&add, "a long enough password\n");
    assert!(!out.status.success());
    assert!(
        text(&out).contains("has an account already"),
        "{}",
        text(&out)
    );

    let out = cli.run(
        &[
            "user",
            "set-password",
            "--email",
            "anna.a@espoo.example",
            "--password-stdin",
        ],
        "short\n",
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("at least 12 characters"),
        "{}",
        text(&out)
    );
    let out = cli.run(
        &[
            "user",
            "set-password",
            "--email",
            "anna.a@espoo.example",
            "--password-stdin",
        ],
        "another long password\n",
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = cli.run(&["user", "disable", "--email", "anna.a@espoo.example"], "");
    assert!(out.status.success(), "{}", text(&out));
    let out = cli.run(&["user", "disable", "--email", "nobody@espoo.example"], "");
    assert!(!out.status.success());
    assert!(text(&out).contains("no account nobody@espoo.example"));
}

fn errors_name_what_is_wrong_and_exit_non_zero(cli: &Cli) {
    cli.run(&["seed", "--demo"], "");
    let cases: [(&[&str], &str); 4] = [
        (
            &[
                "user",
                "add",
                "--email",
                "not-an-email",
                "--name",
                "X",
                "--org",
                "keva",
                "--role",
                "manager",
            ],
            "--email",
        ),
        (
            &[
                "user",
                "add",
                "--email",
                "x@keva.example",
                "--name",
                "X",
                "--org",
                "keva",
                "--role",
                "king",
            ],
            "--role: Unknown role",
        ),
        (
            &[
                "user",
                "add",
                "--email",
                "x@keva.example",
                "--name",
                "X",
                "--org",
                "atlantis",
                "--role",
                "manager",
            ],
            "no organisation \"atlantis\"",
        ),
        (&["seed"], "--demo"),
    ];
    for (args, expected) in cases {
        let out = cli.run(args, "");
        assert!(!out.status.success(), "{args:?}");
        assert!(text(&out).contains(expected), "{args:?}: {}", text(&out));
    }
    let out = Command::new(env!("CARGO_BIN_EXE_johto"))
        .args(["serve", "--database", "mysql://nowhere/x"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out).contains("cannot open the database"),
        "{}",
        text(&out)
    );
}

/// Runs each operator's story on a fresh SQLite file and on a fresh PostgreSQL
/// database, as `STORY::sqlite` and `STORY::postgres`.
macro_rules! on_both_databases {
    ($($story:ident),* $(,)?) => {
        $(
            mod $story {
                #[test]
                fn sqlite() {
                    super::$story(&super::Cli::sqlite());
                }

                #[test]
                fn postgres() {
                    if let Some(cli) = super::Cli::postgres() {
                        super::$story(&cli);
                    }
                }
            }
        )*
    };
}

on_both_databases!(
    an_operator_migrates_seeds_and_manages_users,
    an_operator_deploys_from_nothing_and_signs_in,
    an_operator_imports_organisations_from_a_file,
);

#[test]
fn sqlite_errors_name_what_is_wrong_and_exit_non_zero() {
    errors_name_what_is_wrong_and_exit_non_zero(&Cli::sqlite());
}

#[test]
fn help_lists_every_command() {
    let out = Command::new(env!("CARGO_BIN_EXE_johto"))
        .arg("--help")
        .output()
        .unwrap();
    let help = text(&out);
    for command in ["serve", "migrate", "seed", "org", "user", "bench"] {
        assert!(help.contains(command), "{help}");
    }
}

/// The benchmark runs end to end on a tiny academy: it writes, serves, signs in,
/// measures and reports, with no failed request. Its figures are not judged here.
#[test]
fn the_benchmark_runs_on_both_databases_and_reports_every_figure() {
    let backends = if std::env::var("CI").is_ok_and(|v| v == "true")
        || Command::new("pg_isready")
            .arg("-h")
            .arg("127.0.0.1")
            .status()
            .is_ok_and(|s| s.success())
    {
        "sqlite,postgres"
    } else {
        "sqlite"
    };
    let out = Command::new(env!("CARGO_BIN_EXE_johto"))
        .args([
            "bench",
            "--themes",
            "4",
            "--parts-per-theme",
            "3",
            "--managers",
            "6",
            "--solutions",
            "50",
            "--participations",
            "60",
            "--subscribers",
            "50",
        ])
        .args([
            "--connections",
            "2",
            "--seconds",
            "1",
            "--backends",
            backends,
        ])
        .env("JOHTO_LOG", "error")
        .output()
        .unwrap();
    let report = text(&out);
    assert!(out.status.success(), "{report}");
    for backend in backends.split(',') {
        let heading = if backend == "sqlite" {
            "## SQLite"
        } else {
            "## PostgreSQL"
        };
        let section = report
            .split(heading)
            .nth(1)
            .unwrap_or_else(|| panic!("{heading} in {report}"));
        let mut rows = vec![
            "| hello (/healthz) |",
            "| signed-in theme page |",
            "| signed-in academy bank, a page of 24 themes |",
            "| signed-in event list |",
            "| signed-in event list of one region |",
            "| coordinator's sparring board, 53 applications |",
            "| coordinator's statistics of a year of participations, one connection |",
            "| signed-in start page |",
            "| anonymous page (accessibility statement) |",
            "| public arena, three facets and two words |",
            "| public arena, three facets and two words, one connection |",
            "| search, two words |",
            "| search, two words, one connection |",
            "| registrations, one instance, 6 people × 20 events |",
        ];
        if backend == "postgres" {
            rows.push("| registrations, two instances, 6 people × 20 events |");
        }
        for row in rows {
            let line = section
                .lines()
                .find(|l| l.starts_with(row))
                .unwrap_or_else(|| panic!("{row} in {section}"));
            let failed: Vec<&str> = line.split('|').map(str::trim).collect();
            assert_ne!(failed[2], "0", "some requests were made: {line}");
            assert_eq!(failed[3], "0", "none failed: {line}");
            let statements: f64 = failed[10].parse().unwrap();
            if row.contains("anonymous") {
                assert_eq!(statements, 0.0, "an anonymous page reads nothing: {line}");
            } else if row.contains("public arena") {
                // Drawn from the arena's snapshot: at most its version, once a second.
                assert!(statements < 0.5, "the arena reads its snapshot: {line}");
            } else if !row.contains("hello") {
                assert!(
                    statements > 0.0,
                    "signed-in pages count their statements: {line}"
                );
            }
        }
        assert!(section.contains("search index rebuild") && section.contains("first start"));
        assert!(
            section.contains("newsletter send: ") && section.contains("each arrived once: yes"),
            "{section}"
        );
        assert!(
            section.contains("after the burst (one instance): 6 registrations for 6 people (6 distinct person–event pairs), 6 confirmed of 2000 seats, events over capacity: 0"),
            "{section}"
        );
    }
}
