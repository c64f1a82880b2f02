import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

describe('pepdraft help and usage', () => {
  it('--help lists the commands and exits 0', async () => {
    const { code, stdout } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: pepdraft <command> [options]')
    expect(stdout).toMatch(/export +download a shared draft/)
    expect(stdout).toMatch(/convert +convert a Markdown draft/)
    expect(stdout).toMatch(/check +check PEP \.rst files/)
  })

  it('<command> --help shows that command\'s usage and options', async () => {
    const exportHelp = await runCli(['export', '--help'])
    expect(exportHelp.code).toBe(0)
    expect(exportHelp.stdout).toContain('Usage: pepdraft export <share-url>')
    expect(exportHelp.stdout).toContain('--strict')
    const checkHelp = await runCli(['help', 'check'])
    expect(checkHelp.code).toBe(0)
    expect(checkHelp.stdout).toContain('file:line: severity code message')
    const convertHelp = await runCli(['convert', '--help'])
    expect(convertHelp.stdout).toContain('Usage: pepdraft convert <draft.md | pep.rst>')
    expect(convertHelp.stdout).toContain('--to <format>        rst or json')
  })

  it('exits 2 with the command list when there is no command or an unknown one', async () => {
    const none = await runCli([])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('Commands:')
    const unknown = await runCli(['publish'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown command “publish”')
  })

  it('exits 2 on an unknown option or a missing argument, pointing at --help', async () => {
    const option = await runCli(['check', '--fix', 'pep-0001.rst'])
    expect(option.code).toBe(2)
    expect(option.stderr).toContain("Unknown option '--fix'")
    expect(option.stderr).toContain('Run "pepdraft check --help"')
    const missing = await runCli(['export'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('give the share link')
  })
})
