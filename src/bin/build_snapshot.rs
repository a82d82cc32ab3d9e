//! `build-snapshot --raw <dir> --out <dir>`: raw open data → the snapshot the app fetches.
//! The raw folder can also be given with the environment variable `YRKE_RAW_DIR`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;
    use std::process::ExitCode;
    use yrkesutforskeren::builder::{self, DEFAULT_OUT_DIR, DEFAULT_RAW_DIR};

    const USAGE: &str = "usage: build-snapshot [--raw <dir>] [--out <dir>]\n\
      --raw  folder with the raw open data (default: $YRKE_RAW_DIR or ../shared/data/raw)\n\
      --out  folder to write the snapshot to (default: build/snapshot)";

    pub fn main() -> ExitCode {
        let mut raw = std::env::var_os("YRKE_RAW_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(DEFAULT_RAW_DIR));
        let mut out = PathBuf::from(DEFAULT_OUT_DIR);
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match (arg.as_str(), args.next()) {
                ("--raw", Some(value)) => raw = PathBuf::from(value),
                ("--out", Some(value)) => out = PathBuf::from(value),
                ("--help" | "-h", _) => {
                    println!("{USAGE}");
                    return ExitCode::SUCCESS;
                }
                _ => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            }
        }
        let started = std::time::Instant::now();
        let built = match builder::build(&raw) {
            Ok(built) => built,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        };
        let files = match builder::write(&built, &out) {
            Ok(files) => files,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        };
        print!("{}", built.summary);
        let total: u64 = files.iter().map(|(_, size)| size).sum();
        println!(
            "wrote {} files, {} bytes, to {} (data version {}) in {} ms",
            files.len(),
            total,
            out.display(),
            built.snapshot.data_version,
            started.elapsed().as_millis()
        );
        ExitCode::SUCCESS
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

/// The builder reads files, which a browser cannot: on wasm this binary does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}
