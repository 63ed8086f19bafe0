-- A minimal Neovim configuration that runs the factcheck language server on Markdown and plain-text
-- buffers. Used by test/neovim.test.ts (`nvim --headless -u test/nvim/init.lua DRAFT`), and usable by
-- hand: `nvim -u test/nvim/init.lua examples/draft.md`, then `:lua vim.diagnostic.setloclist()`.
--
-- Works on Neovim 0.7 (vim.lsp.start_client + vim.lsp.buf_attach_client) and 0.8+ (vim.lsp.start).
--
-- Environment (all optional):
--   FACTCHECK_LS_CMD           JSON array: the server command (default: node <repo>/bin/factcheck-ls.js --stdio)
--   FACTCHECK_SETTINGS         JSON object: the `factcheck` settings section (default: {})
--   FACTCHECK_ROOT             workspace folder (default: the first checked file's directory)
--   FACTCHECK_DIAGNOSTICS_OUT  when set, wait for diagnostics, write them there as JSON and quit
--                              (see check.lua; FACTCHECK_WAIT_MS bounds the wait, default 20000)

local here = debug.getinfo(1, 'S').source:sub(2)
local nvim_dir = vim.fn.fnamemodify(here, ':p:h')
local repo = vim.fn.fnamemodify(nvim_dir, ':h:h')

local out = os.getenv('FACTCHECK_DIAGNOSTICS_OUT')
if out == '' then
  out = nil
end

-- In a headless run any error must end the editor with a report, never leave it waiting for input.
local function abort(reason)
  if not out then
    error(reason, 0)
  end
  local f = io.open(out, 'w')
  if f then
    f:write(vim.json.encode({ ok = false, reason = reason }))
    f:close()
  end
  vim.cmd('cquit 2')
end

local function setup()
  vim.opt.swapfile = false
  vim.opt.shadafile = 'NONE'
  vim.cmd('filetype on')

  local function env_json(name, default)
    local raw = os.getenv(name)
    if raw == nil or raw == '' then
      return default
    end
    local ok, value = pcall(vim.json.decode, raw)
    if not ok then
      error(name .. ' is not valid JSON: ' .. tostring(value))
    end
    return value
  end

  local cmd = env_json('FACTCHECK_LS_CMD', { 'node', repo .. '/bin/factcheck-ls.js', '--stdio' })
  local settings = { factcheck = env_json('FACTCHECK_SETTINGS', vim.empty_dict()) }

  -- Shared with check.lua: what the server sent, unconverted.
  local record = dofile(nvim_dir .. '/record.lua')
  local state = record.state(table.concat(cmd, ' '))

  -- Looks up a dotted section ('factcheck', 'factcheck.severity') in the settings table.
  local function lookup(section)
    if section == nil or section == '' then
      return settings
    end
    local value = settings
    for key in string.gmatch(section, '[^.]+') do
      if type(value) ~= 'table' then
        return vim.NIL
      end
      value = value[key]
      if value == nil then
        return vim.NIL
      end
    end
    return value
  end

  -- The defaults, looked up when called (Neovim 0.7 has no textDocument/diagnostic handler, and
  -- never pulls).
  local function default(method)
    return function(...)
      return vim.lsp.handlers[method](...)
    end
  end
  local handlers = {
    ['workspace/configuration'] = record.configuration(state, function(_, result, _)
      local response = {}
      for i, item in ipairs((result and result.items) or {}) do
        response[i] = lookup(item.section)
      end
      return response
    end),
    ['textDocument/publishDiagnostics'] = record.push(state, default('textDocument/publishDiagnostics')),
    ['textDocument/diagnostic'] = record.pull(state, default('textDocument/diagnostic')),
  }

  -- Neovim's filetype 'text' is LSP's 'plaintext'.
  local function language_id(_, filetype)
    if filetype == 'text' then
      return 'plaintext'
    end
    return filetype
  end

  local function root_for(bufnr)
    local root = os.getenv('FACTCHECK_ROOT')
    if root and root ~= '' then
      return root
    end
    return vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')
  end

  -- Neovim 0.7 answers workspace/configuration but does not say so; the server only asks clients
  -- that do (otherwise it waits for workspace/didChangeConfiguration).
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  capabilities.workspace = capabilities.workspace or {}
  capabilities.workspace.configuration = true

  local function config_for(bufnr)
    return {
      name = 'factcheck',
      cmd = cmd,
      root_dir = root_for(bufnr),
      settings = settings,
      capabilities = capabilities,
      handlers = handlers,
      get_language_id = language_id,
      on_exit = function(code, signal)
        state.exited = { code = code, signal = signal }
      end,
    }
  end

  local function attach(bufnr)
    if vim.api.nvim_buf_get_name(bufnr) == '' then
      return
    end
    if vim.lsp.start then -- Neovim 0.8+: starts or reuses a client, and attaches it
      state.client_id = vim.lsp.start(config_for(bufnr), { bufnr = bufnr })
      return
    end
    if state.client_id == nil or vim.lsp.get_client_by_id(state.client_id) == nil then
      state.client_id = vim.lsp.start_client(config_for(bufnr))
    end
    if state.client_id then
      vim.lsp.buf_attach_client(bufnr, state.client_id)
    end
  end

  vim.api.nvim_create_autocmd('FileType', {
    pattern = { 'markdown', 'text' },
    callback = function(args)
      local ok, err = pcall(attach, args.buf)
      if not ok then
        state.start_error = tostring(err)
        vim.notify('factcheck: could not start the language server: ' .. state.start_error, vim.log.levels.ERROR)
      end
    end,
  })

  if out then
    vim.api.nvim_create_autocmd('VimEnter', {
      once = true,
      callback = function()
        vim.schedule(function()
          local ok, err = xpcall(dofile, debug.traceback, nvim_dir .. '/check.lua')
          if not ok then
            abort('check.lua failed: ' .. tostring(err))
          end
        end)
      end,
    })
  end
end

local ok, err = xpcall(setup, debug.traceback)
if not ok then
  abort('init.lua failed: ' .. tostring(err))
end
