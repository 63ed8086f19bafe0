-- Runs a user's Neovim configuration under test, unchanged: by default init-current.lua, the
-- README's "Neovim 0.8+" snippet (test/neovim.test.ts checks the two are identical). Used by
-- test/neovim.test.ts as `nvim --headless -u test/nvim/harness.lua DRAFT` on Neovim 0.8+.
--
-- The configuration is loaded as it is; the harness only watches, through Neovim's own extension
-- points: it wraps the global handlers for diagnostics (pushed or pulled) and
-- workspace/configuration (record.lua: recording what the server sent and asked, then calling
-- Neovim's defaults, which answer from the client's `settings`) and notes the client's id on
-- LspAttach.
-- On VimEnter it runs check.lua, which writes the report and quits.
--
-- Environment:
--   FACTCHECK_NVIM_INIT        the configuration to load (default: init-current.lua beside this file)
--   FACTCHECK_DIAGNOSTICS_OUT  where check.lua writes its JSON report (required)
--   FACTCHECK_WAIT_MS          how long check.lua waits for diagnostics (default 20000)

local here = debug.getinfo(1, 'S').source:sub(2)
local nvim_dir = vim.fn.fnamemodify(here, ':p:h')
local out = os.getenv('FACTCHECK_DIAGNOSTICS_OUT')
local init = os.getenv('FACTCHECK_NVIM_INIT')
if init == nil or init == '' then
  init = nvim_dir .. '/init-current.lua'
end

-- Any error must end the editor with a report, never leave it waiting for input.
local function abort(reason)
  local f = out and io.open(out, 'w')
  if f then
    f:write(vim.json.encode({ ok = false, reason = reason }))
    f:close()
  end
  vim.cmd('cquit 2')
end

local function setup()
  assert(out and out ~= '', 'FACTCHECK_DIAGNOSTICS_OUT is not set')
  local v = vim.version()
  assert(vim.lsp.start, string.format('the configuration needs Neovim 0.8+ (vim.lsp.start); this is %d.%d.%d', v.major, v.minor, v.patch))
  vim.opt.swapfile = false
  vim.opt.shadafile = 'NONE'

  -- Shared with check.lua.
  local record = dofile(nvim_dir .. '/record.lua')
  local state = record.state('the `cmd` in ' .. init)
  local h = vim.lsp.handlers
  h['textDocument/publishDiagnostics'] = record.push(state, h['textDocument/publishDiagnostics'])
  if h['textDocument/diagnostic'] then -- Neovim 0.10+ pulls
    h['textDocument/diagnostic'] = record.pull(state, h['textDocument/diagnostic'])
  end
  h['workspace/configuration'] = record.configuration(state, h['workspace/configuration'])

  vim.api.nvim_create_autocmd('LspAttach', {
    callback = function(args)
      local client = vim.lsp.get_client_by_id(args.data.client_id)
      if client and client.name == 'factcheck' then
        state.client_id = client.id
      end
    end,
  })

  dofile(init)

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

local ok, err = xpcall(setup, debug.traceback)
if not ok then
  abort('harness.lua failed: ' .. tostring(err))
end
