from associate_app.cli import main

raise SystemExit(main())
