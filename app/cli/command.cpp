#include "command.h"

#include "exportcommand.h"
#include "uploadcommand.h"
#include "validatecommand.h"

namespace Ditio {

Command::~Command() = default;

std::vector<std::unique_ptr<Command>> Command::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<UploadCommand>());
    return commands;
}

} // namespace Ditio
