from kafkapy.cli import main

raise SystemExit(main())
