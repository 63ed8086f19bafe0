vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    local git = vim.fs.find('.git', { upward = true, path = vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)) })[1]
    vim.lsp.start({
      name = 'factcheck',
      cmd = { 'factcheck-ls', '--stdio' },
      root_dir = git and vim.fs.dirname(git) or vim.fn.getcwd(),
      -- Neovim's filetype `text` is LSP's `plaintext`.
      get_language_id = function(_, ft) return ft == 'text' and 'plaintext' or ft end,
      -- Answered to the server's workspace/configuration requests (section `factcheck`).
      settings = { factcheck = { severity = { supported = 'information' } } },
    })
  end,
})
