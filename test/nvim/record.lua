-- Records what the language server sent, for check.lua: used by init.lua (as the client's own
-- handlers) and harness.lua (around Neovim's global handlers). Each wrapper records, then calls the
-- handler it wraps, so Neovim still turns the diagnostics into vim.diagnostic entries.
--
-- Diagnostics come two ways: pushed (textDocument/publishDiagnostics, what Neovim 0.7 gets) or
-- pulled (the answer to a textDocument/diagnostic request, which Neovim 0.10 sends, advertising
-- the capability, and the server then publishes nothing for that document).

local M = {}

-- Creates the state check.lua reads (_G.factcheck_test). `command` says, in a failure's report,
-- what was supposed to start the server.
function M.state(command)
  _G.factcheck_test = {
    client_id = nil,
    exited = nil, -- { code, signal } once the server process ends
    start_error = nil, -- why starting or attaching the client failed
    command = command,
    published = {}, -- uri -> { count, pushes, pulls, diagnostics (raw LSP), at (ms) }
    configuration_requests = {}, -- the `items` of each workspace/configuration request
    log = vim.lsp.get_log_path and vim.lsp.get_log_path() or nil,
  }
  return _G.factcheck_test
end

local function note(state, uri, diagnostics, how)
  local prev = state.published[uri] or { count = 0, pushes = 0, pulls = 0 }
  state.published[uri] = {
    count = prev.count + 1,
    pushes = prev.pushes + (how == 'push' and 1 or 0),
    pulls = prev.pulls + (how == 'pull' and 1 or 0),
    diagnostics = diagnostics or prev.diagnostics or {},
    at = (vim.uv or vim.loop).now(),
  }
end

-- textDocument/publishDiagnostics
function M.push(state, handler)
  return function(err, result, ctx, config)
    if result and result.uri then
      note(state, result.uri, result.diagnostics or {}, 'push')
    end
    return handler(err, result, ctx, config)
  end
end

-- textDocument/diagnostic: a full report carries the items; an unchanged one keeps the last.
function M.pull(state, handler)
  return function(err, result, ctx, config)
    local uri = ctx and ctx.params and ctx.params.textDocument and ctx.params.textDocument.uri
    if uri and result and not err then
      note(state, uri, result.kind == 'full' and (result.items or {}) or nil, 'pull')
    end
    return handler(err, result, ctx, config)
  end
end

-- workspace/configuration
function M.configuration(state, handler)
  return function(err, result, ctx, config)
    table.insert(state.configuration_requests, (result and result.items) or {})
    return handler(err, result, ctx, config)
  end
end

return M
