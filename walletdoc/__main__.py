from walletdoc.cli.main import main

main()
