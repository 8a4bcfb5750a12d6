from factcheck.cli import main

if __name__ == "__main__":  # `python -m factcheck`; process-pool workers import this without running it
    main()
