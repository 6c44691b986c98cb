return EvidenceAppraisal.Cli.CliApp.Run(args);
